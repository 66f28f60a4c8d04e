package org.shipshape.logic.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.TableComparison;
import org.shipshape.store.db.PostgresTestServer;
import org.shipshape.store.db.ServerAddress;

/**
 * {@code backup} of a warehouse on the test server: a pg_dump that pg_restore brings back whole (skipped without a
 * test server; the restore test also needs PostgreSQL's client programs on PATH).
 */
@ExtendWith(PostgresTestServer.class)
class ServerBackupOnPostgresTest {
    @TempDir
    Path folder;

    @Test
    void theDumpRestoresIntoAFreshSchemaWithEveryRow() throws IOException, InterruptedException, SQLException {
        assumeTrue(ServerBackup.program("pg_restore", System.getenv()).isPresent()
                && ServerBackup.program("pg_dump", System.getenv()).isPresent(),
                "pg_dump and pg_restore are not on PATH (apt install postgresql-client)");
        Path file = folder.resolve("warehouse.db");
        try (Workspace workspace = Workspace.open(file, false, "Ana")) {
            SampleWarehouse.load(workspace, Progress.NONE);
        }
        String server = PostgresTestServer.freshAddress();
        String schema = PostgresTestServer.schemaOf(server);
        try (Workspace source = Workspace.open(file, true, "Ana")) {
            assertTrue(ServerMigration.allMatch(ServerMigration.migrate(source, server, Progress.NONE)));
        }
        Path dump = folder.resolve("server.dump");
        ServerBackup.Result result;
        try (Workspace onServer = Workspace.openServer(server, true, "Ana")) {
            result = ServerBackup.dump(onServer, dump, System.getenv());
        }
        assertEquals(dump, result.file());
        assertTrue(result.bytes() > 0 && Files.size(dump) == result.bytes());
        assertTrue(result.tablesWithData() >= 20, "pg_restore lists the rows of every table: " + result.tablesWithData());
        try (var leftovers = Files.list(folder)) {
            assertEquals(List.of(dump, file), leftovers.filter(p -> !p.getFileName().toString().contains(".db-"))
                    .sorted().toList(), "no temporary file is left beside the dump");
        }

        // the original schema is set aside, then pg_restore creates it again from the dump alone
        String aside = schema + "_aside";
        execute("ALTER SCHEMA " + schema + " RENAME TO " + aside);
        try {
            restore(dump);
            try (Workspace source = Workspace.open(file, true, "Ana")) {
                List<TableComparison> restored = ServerMigration.compare(source, server, Progress.NONE);
                assertTrue(ServerMigration.allMatch(restored), () -> "after pg_restore: " + restored);
                assertEquals(300, restored.stream().filter(c -> c.table().equals("donated_item")).findFirst()
                        .orElseThrow().server().rows());
            }
        } finally {
            execute("DROP SCHEMA IF EXISTS " + aside + " CASCADE");
        }
    }

    @Test
    void withoutPgDumpItSaysWhatToInstallAndWritesNothing() throws IOException {
        Map<String, String> noClientPrograms = new HashMap<>(System.getenv());
        noClientPrograms.put("PATH", Files.createDirectory(folder.resolve("empty-bin")).toString());
        Path dump = folder.resolve("server.dump");

        try (Workspace onServer = PostgresTestServer.freshWorkspace("Ana")) {
            UserInputException refused = assertThrows(UserInputException.class,
                    () -> ServerBackup.dump(onServer, dump, noClientPrograms));
            assertEquals("safety.serverBackup.noPgDump", refused.messages().get(0).key());
        }
        assertTrue(Files.notExists(dump));
    }

    @Test
    void aFailingPgDumpLeavesNoFile() throws IOException {
        assumeTrue(ServerBackup.program("pg_dump", System.getenv()).isPresent(), "pg_dump is not on PATH");
        Map<String, String> noPassword = new HashMap<>(System.getenv());
        noPassword.remove("PGPASSWORD");
        noPassword.put("PGPASSFILE", folder.resolve("no-such-pgpass").toString());
        Path dump = folder.resolve("server.dump");

        try (Workspace onServer = PostgresTestServer.freshWorkspace("Ana")) {
            UserInputException refused = assertThrows(UserInputException.class,
                    () -> ServerBackup.dump(onServer, dump, noPassword));
            assertEquals("safety.serverBackup.failed", refused.messages().get(0).key());
        }
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "neither the dump nor its temporary file");
        }
    }

    @Test
    void aPasswordTypedInTheWindowIsGivenToPgDump() throws IOException {
        assumeTrue(ServerBackup.program("pg_dump", System.getenv()).isPresent(), "pg_dump is not on PATH");
        String password = testServerPassword();
        assumeTrue(password != null, "the test server's password is neither in PGPASSWORD nor in PGPASSFILE");
        Map<String, String> noPassword = new HashMap<>(System.getenv());
        noPassword.remove("PGPASSWORD");
        noPassword.put("PGPASSFILE", folder.resolve("no-such-pgpass").toString());
        Path dump = folder.resolve("typed.dump");
        String server = PostgresTestServer.freshAddress();
        try (Workspace created = Workspace.openServer(server, false, "Ana")) {
            assertTrue(created.isOnServer());
        }

        try (Workspace onServer = Workspace.openServer(server, password.toCharArray(), true, "Ana")) {
            ServerBackup.Result result = ServerBackup.dump(onServer, dump, noPassword);
            assertEquals(dump, result.file());
        }
        assertTrue(Files.size(dump) > 0);
    }

    /** What a station's user would type: the test server's password, from wherever the environment gives it. */
    private static String testServerPassword() throws IOException {
        if (System.getenv("PGPASSWORD") != null) {
            return System.getenv("PGPASSWORD");
        }
        String file = System.getenv("PGPASSFILE");
        if (file == null) {
            return null;
        }
        ServerAddress server = PostgresTestServer.server();
        String prefix = String.join(":", server.host(), String.valueOf(server.port()), server.database(),
                server.user()) + ":";
        return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length())).findFirst().orElse(null);
    }

    private static void restore(Path dump) throws IOException, InterruptedException {
        ServerAddress address = PostgresTestServer.server();
        List<String> command = new ArrayList<>(List.of(ServerBackup.program("pg_restore", System.getenv())
                .orElseThrow().toString(), "--no-password", "--exit-on-error"));
        command.addAll(ServerBackup.connectionOptions(address));
        command.add(dump.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), said);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = PostgresTestServer.connect(null); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
