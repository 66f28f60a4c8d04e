package org.shipshape.gui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.store.db.PostgresTestServer;

/**
 * The first shipment through the real window, from start-up with {@code --db postgresql://...} on an empty server
 * database to the customs pack (issue 18: every screen works on both databases). Skipped, saying why, without a test
 * server.
 */
@ExtendWith(PostgresTestServer.class)
class FirstShipmentWindowOnPostgresTest extends FirstShipmentWindowTest {
    @Override
    StartupOptions startOptions() {
        return new StartupOptions(folder.resolve("not-used.db"), PostgresTestServer.freshAddress(), false,
                "Test volunteer");
    }
}
