package org.shipshape.store.intake;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.PostgresTestServer;

/** ItemStatusUpdateTest on a PostgreSQL server: every test on a new, empty schema (skipped when no test server is configured). */
@ExtendWith(PostgresTestServer.class)
class ItemStatusUpdateOnPostgresTest extends ItemStatusUpdateTest {
    @Override
    Database openDatabase() {
        return PostgresTestServer.freshDatabase();
    }
}
