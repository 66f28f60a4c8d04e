package org.shipshape.gui.common;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.TwoStations;
import org.shipshape.store.db.PostgresTestServer;

/** EditConflictsTest with Anna and Bea at two stations on one PostgreSQL schema (skipped without a test server). */
@ExtendWith(PostgresTestServer.class)
class EditConflictsOnPostgresTest extends EditConflictsTest {
    @Override
    TwoStations openStations() {
        return TwoStations.onServer();
    }
}
