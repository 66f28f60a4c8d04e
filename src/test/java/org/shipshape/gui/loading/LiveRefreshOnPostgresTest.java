package org.shipshape.gui.loading;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.PostgresTestServer;

/** LiveRefreshTest with two stations writing to one PostgreSQL schema (skipped without a test server). */
@ExtendWith(PostgresTestServer.class)
class LiveRefreshOnPostgresTest extends LiveRefreshTest {
    private String address;

    @Override
    Workspace openBea() {
        address = PostgresTestServer.freshAddress();
        return Workspace.openServer(address, false, "Bea");
    }

    @Override
    Workspace openAnna() {
        return Workspace.openServer(address, false, "Anna");
    }
}
