package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceInUseException;
import org.shipshape.store.settings.SettingsRepository;

/** One writer per database file: a second process is told who holds it and may only read. */
class OneWriterTest {
    @TempDir
    Path folder;

    @Test
    void aSecondProcessIsToldWhoHoldsTheDatabaseAndMayOpenItReadOnlyWhileTheFirstKeepsWorking() throws Exception {
        Path file = folder.resolve("shared.db");
        Workspace.open(file, false, "setup").close();
        try (ChildJvm first = ChildJvm.start(LockHolderChild.class, file.toString())) {
            assertThat(first.awaitLine("READY", 60_000)).isTrue();

            assertThatThrownBy(() -> Workspace.open(file, false, "Ben"))
                    .isInstanceOfSatisfying(WorkspaceInUseException.class, e -> {
                        assertThat(e.holder().user()).isEqualTo("Ana");
                        assertThat(e.holder().pid()).isEqualTo(first.pid());
                        assertThat(e.holder().since()).isNotNull();
                        assertThat(e.getMessage()).startsWith("shared.db is in use by Ana on ")
                                .contains("(pid " + first.pid() + ")").endsWith("open the database read-only.");
                    });
            try (Workspace readOnly = Workspace.open(file, true, "Ben")) {
                assertThat(readOnly.isReadOnly()).isTrue();
                first.send("write");
                assertThat(first.awaitLine("WROTE 1", 30_000)).as("the first keeps writing").isTrue();
                assertThat(new SettingsRepository(readOnly.database()).get("lock-test")).contains("1");
            }
            first.send("write");
            assertThat(first.awaitLine("WROTE 2", 30_000)).isTrue();
            first.send("quit");
            assertThat(first.waitForExit()).isZero();
        }
        try (Workspace afterwards = Workspace.open(file, false, "Ben")) {
            assertThat(new SettingsRepository(afterwards.database()).get("lock-test")).contains("2");
        }
    }

    @Test
    void aKilledHolderLeavesAStaleLockFileThatIsIgnored() throws Exception {
        Path file = folder.resolve("stale.db");
        Workspace.open(file, false, "setup").close();
        try (ChildJvm holder = ChildJvm.start(LockHolderChild.class, file.toString())) {
            assertThat(holder.awaitLine("READY", 60_000)).isTrue();
            holder.kill();
        }
        assertThat(Files.readString(folder.resolve("stale.db.lock"))).contains("user=Ana");
        try (Workspace workspace = Workspace.open(file, false, "Ben")) {
            assertThat(Files.readString(folder.resolve("stale.db.lock"))).contains("user=Ben")
                    .doesNotContain("user=Ana");
        }
    }

    @Test
    void readOnlyOpeningWorksOnAWriteProtectedDiskWhetherTheLastWriterClosedOrWasKilled() throws Exception {
        try (SmallDisk stick = SmallDisk.mount(folder.resolve("stick"), 2048)) {
            Path closed = stick.folder().resolve("closed.db");
            try (Workspace workspace = Workspace.open(closed, false, "setup")) {
                SafetyFixtures.fill(workspace, 3);
            }
            Path killed = stick.folder().resolve("killed.db");
            Workspace.open(killed, false, "setup").close();
            try (ChildJvm holder = ChildJvm.start(LockHolderChild.class, killed.toString())) {
                assertThat(holder.awaitLine("READY", 60_000)).isTrue();
                holder.send("write");
                assertThat(holder.awaitLine("WROTE 1", 30_000)).isTrue();
                holder.kill();
            }
            assertThat(stick.folder().resolve("killed.db-wal")).exists();
            stick.makeReadOnly();

            try (Workspace readOnly = Workspace.open(closed, true, "Ben")) {
                assertThat(readOnly.counts().packages()).isEqualTo(3);
            }
            try (Workspace readOnly = Workspace.open(killed, true, "Ben")) {
                assertThat(new SettingsRepository(readOnly.database()).get("lock-test"))
                        .as("the change still in the -wal is seen").contains("1");
            }
        }
    }

    @Test
    void readOnlyOpeningTakesNoLockAndWritesNothing() throws Exception {
        Path file = folder.resolve("ro.db");
        Workspace.open(file, false, "setup").close();
        Files.deleteIfExists(folder.resolve("ro.db.lock"));
        try (Workspace readOnly = Workspace.open(file, true, "Ben")) {
            assertThat(Files.exists(folder.resolve("ro.db.lock"))).isFalse();
            try (Workspace writer = Workspace.open(file, false, "Cleo")) {
                assertThat(writer.isReadOnly()).isFalse();
            }
        }
        assertThat(Files.exists(folder.resolve("backups"))).isFalse();
    }
}
