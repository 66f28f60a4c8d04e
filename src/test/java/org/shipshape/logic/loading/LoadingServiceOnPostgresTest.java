package org.shipshape.logic.loading;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.PostgresTestServer;

/** LoadingServiceTest on a PostgreSQL server: every test on a new, empty schema (skipped when no test server is configured). */
@ExtendWith(PostgresTestServer.class)
class LoadingServiceOnPostgresTest extends LoadingServiceTest {
    @Override
    Workspace openWorkspace(String user) {
        return PostgresTestServer.freshWorkspace(user);
    }
}
