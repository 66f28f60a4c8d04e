package org.shipshape.logic.imports;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.PostgresTestServer;

/** ItemImportTest on a PostgreSQL server: every test on a new, empty schema (skipped when no test server is configured). */
@ExtendWith(PostgresTestServer.class)
class ItemImportOnPostgresTest extends ItemImportTest {
    @Override
    Workspace openWorkspace(String user) {
        return PostgresTestServer.freshWorkspace(user);
    }
}
