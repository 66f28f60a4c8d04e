package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.model.safety.OpenFailure;

/**
 * The address's sslmode against a server with TLS behind a self-signed certificate ({@code packaging/test-postgres.sh
 * start DIR tls}, which {@code .ci/run} starts beside the plain test server; skipped without it): require encrypts,
 * verify-full with the server's root certificate opens, and verify-full without it, or naming the server otherwise
 * than its certificate does, is told apart from a server that does not answer (docs/decisions/0016). The plain test
 * server's side (no TLS offered) is in CommandsAsTheWarehouseRoleOnPostgresTest.
 */
class TlsOnPostgresTest {
    private ServerAddress server;
    private String root;

    @BeforeEach
    void theTlsServer() {
        String address = System.getenv("SHIPSHAPE_TEST_POSTGRES_TLS_URL");
        root = System.getenv("SHIPSHAPE_TEST_POSTGRES_TLS_ROOT");
        assumeTrue(address != null && root != null, "no TLS test server (packaging/test-postgres.sh start DIR tls)");
        server = ServerAddress.parse(address);
    }

    private ServerAddress with(String host, String options) {
        return ServerAddress.parse("postgresql://" + server.user() + "@" + host + ":" + server.port() + "/"
                + server.database() + "?" + options);
    }

    private static boolean encrypted(ServerAddress address) {
        try (Database database = Database.openServer(address, Database.Mode.READ_WRITE, Migrator.bundled())) {
            return database.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            });
        }
    }

    @Test
    void requireEncryptsAndVerifyFullOpensWithTheServersRootCertificate() {
        assertThat(encrypted(with("127.0.0.1", "sslmode=require"))).isTrue();
        assertThat(encrypted(with("127.0.0.1", "sslmode=verify-full&sslrootcert=" + root))).isTrue();
    }

    @Test
    void aCertificateThatCannotBeCheckedIsNamedAsSuchNotAsAServerThatDoesNotAnswer(@TempDir Path folder) {
        for (ServerAddress unchecked : new ServerAddress[] {
                with("127.0.0.1", "sslmode=verify-full&sslrootcert=" + folder.resolve("missing.crt")),
                with("localhost", "sslmode=verify-full&sslrootcert=" + root)}) {
            assertThatThrownBy(() -> Database.openServer(unchecked, Database.Mode.READ_WRITE, Migrator.bundled()))
                    .as("%s", unchecked)
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(OpenFailure.TLS_NOT_TRUSTED));
        }
    }
}
