package org.shipshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.store.db.PostgresTestServer;

/** {@code shipshape --db FILE migrate --to postgresql://...} against the test server (skipped without one). */
@ExtendWith(PostgresTestServer.class)
class MigrateCommandOnPostgresTest {
    @TempDir
    Path folder;

    @Test
    void printsEveryTableAndSaysWhenTheServerNoLongerMatches() throws SQLException {
        Path file = folder.resolve("w.db");
        assertEquals(0, CommandRun.of(file, "sample-data").exitCode());
        String server = PostgresTestServer.freshAddress();

        CommandRun copied = CommandRun.of(file, "--lang", "en", "migrate", "--to", server);

        assertEquals(0, copied.exitCode(), copied.err());
        assertTrue(copied.out().lines().anyMatch(line -> line.startsWith("donated_item") && line.contains(" 300 ")
                && line.endsWith("same")), copied.out());
        assertTrue(copied.out().contains("have the same rows and checksums"), copied.out());

        try (Connection c = PostgresTestServer.connect(PostgresTestServer.schemaOf(server));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE shipment SET consignee = 'Someone else' WHERE id = (SELECT min(id) FROM shipment)");
        }
        CommandRun checked = CommandRun.of(file, "--lang", "fr", "migrate", "--to", server, "--verify-only");

        assertEquals(1, checked.exitCode(), checked.out());
        assertTrue(checked.out().lines().anyMatch(line -> line.startsWith("shipment ") && line.endsWith("DIFFÉRENTE")),
                checked.out());
        assertTrue(checked.out().contains("diffèrent dans 1 tables"), checked.out());
    }

    @Test
    void aSecondCopyOntoTheSameDatabaseIsRefusedWithWhatToDo() {
        Path file = folder.resolve("w.db");
        CommandRun.of(file, "sample-data");
        String server = PostgresTestServer.freshAddress();
        CommandRun.of(file, "migrate", "--to", server);

        CommandRun again = CommandRun.of(file, "--lang", "en", "migrate", "--to", server);

        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("is not empty") && again.err().contains("create-warehouse.sql"), again.err());
    }
}
