package org.shipshape.gui.common;

import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.PostgresTestServer;

/** EditConflictsTest with Anna and Bea at two stations on one PostgreSQL schema (skipped without a test server). */
@ExtendWith(PostgresTestServer.class)
class EditConflictsOnPostgresTest extends EditConflictsTest {
    private String address;
    private Workspace bea;

    @Override
    Workspace openAnna() {
        address = PostgresTestServer.freshAddress();
        return Workspace.openServer(address, false, "Anna");
    }

    @Override
    void asBea(Consumer<Workspace> work) {
        if (bea == null) {
            bea = Workspace.openServer(address, false, "Bea");
        }
        work.accept(bea);
    }

    @AfterEach
    void closeBea() {
        if (bea != null) {
            bea.close();
        }
    }
}
