package org.shipshape.gui.common;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.TwoStations;
import org.shipshape.store.db.PostgresTestServer;

/** ReferenceEditorConflictsTest with Anna and Bea at two stations on one PostgreSQL schema (skipped without one). */
@ExtendWith(PostgresTestServer.class)
class ReferenceEditorConflictsOnPostgresTest extends ReferenceEditorConflictsTest {
    @Override
    TwoStations openStations() {
        return TwoStations.onServer();
    }
}
