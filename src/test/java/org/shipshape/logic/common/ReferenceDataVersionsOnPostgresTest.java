package org.shipshape.logic.common;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.TwoStations;
import org.shipshape.store.db.PostgresTestServer;

/** ReferenceDataVersionsTest with Anna and Bea at two stations on one PostgreSQL schema (skipped without a server). */
@ExtendWith(PostgresTestServer.class)
class ReferenceDataVersionsOnPostgresTest extends ReferenceDataVersionsTest {
    @Override
    TwoStations openStations() {
        return TwoStations.onServer();
    }
}
