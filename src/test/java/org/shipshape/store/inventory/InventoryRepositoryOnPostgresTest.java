package org.shipshape.store.inventory;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.PostgresTestServer;

/** InventoryRepositoryTest on a PostgreSQL server: every test on a new, empty schema (skipped when no test server is configured). */
@ExtendWith(PostgresTestServer.class)
class InventoryRepositoryOnPostgresTest extends InventoryRepositoryTest {
    @Override
    Database openDatabase() {
        return PostgresTestServer.freshDatabase();
    }
}
