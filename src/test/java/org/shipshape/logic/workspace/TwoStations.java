package org.shipshape.logic.workspace;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.shipshape.store.db.PostgresTestServer;

/**
 * Anna and Bea editing one warehouse, for the tests of optimistic locking (docs/decisions/0012, 0015). On a SQLite
 * file one station holds it, so Bea is the next volunteer at Anna's station (the user changes, Anna's screens stay
 * open); on a PostgreSQL server Bea has her own station, a second connection to the same schema.
 */
public final class TwoStations implements AutoCloseable {
    private final Workspace anna;
    private final String serverAddress;
    private Workspace bea;

    private TwoStations(Workspace anna, String serverAddress) {
        this.anna = anna;
        this.serverAddress = serverAddress;
    }

    /** Both at one station on a new warehouse file in the folder. */
    public static TwoStations onOneFile(Path folder) {
        return new TwoStations(Workspace.open(folder.resolve("t.db"), false, "Anna"), null);
    }

    /** Two stations on a new, empty schema of the PostgreSQL test server. */
    public static TwoStations onServer() {
        String address = PostgresTestServer.freshAddress();
        return new TwoStations(Workspace.openServer(address, false, "Anna"), address);
    }

    /** Anna's station. */
    public Workspace anna() {
        return anna;
    }

    /** Runs what Bea does, on her station. */
    public void asBea(Consumer<Workspace> work) {
        if (serverAddress == null) {
            anna.setUser("Bea");
            try {
                work.accept(anna);
            } finally {
                anna.setUser("Anna");
            }
            return;
        }
        if (bea == null) {
            bea = Workspace.openServer(serverAddress, false, "Bea");
        }
        work.accept(bea);
    }

    @Override
    public void close() {
        if (bea != null) {
            bea.close();
        }
        anna.close();
    }
}
