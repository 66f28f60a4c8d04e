package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;

/**
 * A shared warehouse folder used by two accounts of one computer. A lock file the other account left behind must
 * neither block for ever nor be blamed on the folder. The second account is a real process running as "nobody".
 */
class OtherAccountTest {
    private static final int NOBODY = 65534;

    @TempDir
    Path folder;
    private Path shared;
    private Path database;

    @BeforeEach
    void sharedFolderWithADatabase() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name"))
                && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "needs root on Linux to run a process as another account");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        shared = Files.createDirectory(folder.resolve("shared"));
        database = shared.resolve("warehouse.db");
        Workspace.open(database, false, "setup").close();
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-rw-rw-"));
    }

    private String openAsNobody() throws Exception {
        try (ChildJvm child = ChildJvm.startAs(NOBODY, Files.createDirectory(folder.resolve("classes")),
                OpenOnceChild.class, database.toString())) {
            child.waitForExit();
            return String.join("\n", child.lines());
        }
    }

    @Test
    void aStaleLockFileOfAnotherAccountThatCanBeReadIsClearedAndTheDatabaseOpens() throws Exception {
        Path lockFile = Files.writeString(shared.resolve("warehouse.db.lock"),
                "user=Ana\nhost=WAREHOUSE-PC\npid=4242\nsince=2026-01-01T09:00:00Z\nend=\n");
        Files.setPosixFilePermissions(lockFile, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(openAsNobody()).isEqualTo("OPENED");
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aLockFileOfAnotherAccountThatCannotBeReadIsNamedWithItsOwnerNotBlamedOnTheFolder() throws Exception {
        Path lockFile = Files.writeString(shared.resolve("warehouse.db.lock"), "user=Ana\n");
        Files.setPosixFilePermissions(lockFile, PosixFilePermissions.fromString("rw-------"));
        String result = openAsNobody();
        assertThat(result).startsWith("REFUSED").contains(lockFile.toString()).contains("\"root\"")
                .contains("delete the lock file").doesNotContain("cannot write in");
    }
}
