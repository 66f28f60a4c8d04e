package org.shipshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.store.db.PostgresTestServer;

/** {@code backup}, {@code verify} and {@code restore} with {@code --db postgresql://...} (skipped without a server). */
@ExtendWith(PostgresTestServer.class)
class ServerSafetyCommandsOnPostgresTest {
    @TempDir
    Path folder;

    private static CommandRun onServer(String server, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", server, "--user", "Ana", "--lang", "en"));
        all.addAll(List.of(args));
        return CommandRun.exactly(all);
    }

    @Test
    void backupWritesAPgDumpThatPgRestoreReads() throws Exception {
        assumeTrue(System.getenv("PATH") != null && List.of(System.getenv("PATH").split(File.pathSeparator))
                .stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, "pg_dump"))), "pg_dump is not on PATH");
        String server = PostgresTestServer.freshAddress();
        assertEquals(0, onServer(server, "sample-data").exitCode());
        Path dump = folder.resolve("nightly.dump");

        CommandRun backup = onServer(server, "backup", "-o", dump.toString());

        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().contains("written to " + dump) && backup.out().contains("pg_restore reads it back"),
                backup.out());
        assertTrue(Files.size(dump) > 0);
    }

    @Test
    void verifyAndRestoreSayTheyApplyToFilesOnly() {
        String server = PostgresTestServer.freshAddress();
        assertEquals(0, onServer(server, "sample-data").exitCode());

        CommandRun verify = onServer(server, "verify");
        CommandRun restore = onServer(server, "restore", folder.resolve("old.db").toString());

        assertEquals(1, verify.exitCode());
        assertTrue(verify.err().contains("is on a server") && verify.err().contains("no file to verify"), verify.err());
        assertEquals(1, restore.exitCode());
        assertTrue(restore.err().contains("pg_restore"), restore.err());
    }
}
