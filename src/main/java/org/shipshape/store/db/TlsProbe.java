package org.shipshape.store.db;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;

/**
 * Asks a PostgreSQL server whether it offers TLS, the way every client starts an encrypted connection: an SSLRequest
 * packet, answered by one byte, {@code S} (yes) or {@code N} (no), before any login. The driver reports a server that
 * answers no with the same SQL state as a missing password (08004) and a sentence in the user's language, so the
 * store asks the server itself when an address that requires TLS fails that way (docs/decisions/0016).
 */
final class TlsProbe {
    /** The protocol's SSLRequest code: 1234 in the high 16 bits, 5679 in the low. */
    private static final int SSL_REQUEST = 80877103;
    private static final int TIMEOUT_MS = 5000;

    private TlsProbe() {
    }

    /** True or false as the server answered; empty when it could not be asked (no answer, an unknown reply). */
    static Optional<Boolean> offersTls(ServerAddress server) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8);
            out.writeInt(SSL_REQUEST);
            out.flush();
            InputStream in = socket.getInputStream();
            int answer = in.read();
            return answer == 'S' ? Optional.of(true) : answer == 'N' ? Optional.of(false) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
