package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceInUseException;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.shipshape.model.safety.OpenFailure;
import org.shipshape.store.settings.SettingsRepository;

/**
 * One writer per database file, not per path: a symbolic link, a linked folder or a hard link must not give a
 * second writer. Each case runs the holder in a second, real process.
 */
class SecondPathTest {
    @TempDir
    Path folder;

    private Path database(String name) {
        Path file = folder.resolve(name);
        Workspace.open(file, false, "setup").close();
        return file;
    }

    @Test
    void aSymbolicLinkMeetsTheLockOfTheFileItPointsTo() throws Exception {
        Path real = database("warehouse.db");
        Path link = Files.createSymbolicLink(folder.resolve("shortcut.db"), real);
        try (ChildJvm holder = ChildJvm.start(LockHolderChild.class, real.toString())) {
            assertThat(holder.awaitLine("READY", 60_000)).isTrue();
            assertThatThrownBy(() -> Workspace.open(link, false, "Ben"))
                    .isInstanceOfSatisfying(WorkspaceInUseException.class,
                            e -> assertThat(e.holder().pid()).isEqualTo(holder.pid()));
        }
    }

    @Test
    void aLinkedFolderMeetsTheLockToo() throws Exception {
        Path real = database("warehouse.db");
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("shared-drive"), folder);
        try (ChildJvm holder = ChildJvm.start(LockHolderChild.class,
                linkedFolder.resolve("warehouse.db").toString())) {
            assertThat(holder.awaitLine("READY", 60_000)).isTrue();
            assertThatThrownBy(() -> Workspace.open(real, false, "Ben"))
                    .isInstanceOf(WorkspaceInUseException.class);
        }
    }

    @Test
    void aHardLinkMadeWhileAShipshapeWorksIsRefusedForWritingAndNothingIsLost() throws Exception {
        Path original = database("warehouse.db");
        try (ChildJvm holder = ChildJvm.start(LockHolderChild.class, original.toString())) {
            assertThat(holder.awaitLine("READY", 60_000)).isTrue();
            Path second = Files.createLink(folder.resolve("copy-of-warehouse.db"), original);

            assertThatThrownBy(() -> Workspace.open(second, false, "Ben"))
                    .isInstanceOfSatisfying(WorkspaceOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(OpenFailure.HARD_LINKED))
                    .hasMessageContaining("has 2 names on this disk (hard links)")
                    .hasMessageContaining("saving through two names loses work");
            holder.send("write");
            assertThat(holder.awaitLine("WROTE 1", 30_000)).isTrue();
            holder.send("quit");
            assertThat(holder.waitForExit()).isZero();
            Files.delete(second);
        }
        try (Workspace afterwards = Workspace.open(original, false, "Ben")) {
            assertThat(new SettingsRepository(afterwards.database()).get("lock-test")).contains("1");
        }
    }

    @Test
    void aFolderGivenAsTheDatabaseIsNamedAsAFolderAndGetsNoLock() throws Exception {
        Path warehouseFolder = Files.createDirectories(folder.resolve("warehouse"));
        Files.createDirectories(warehouseFolder.resolve("old")); // a folder with subfolders has a link count above 1
        assertThatThrownBy(() -> Workspace.open(warehouseFolder, false, "Ben"))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(OpenFailure.CANNOT_CREATE))
                .hasMessageContaining("is a folder, not a database file");
        try (Stream<Path> beside = Files.list(folder)) {
            assertThat(beside).containsExactly(warehouseFolder);
        }
    }

    @Test
    void aDatabaseWithTwoNamesIsOnlyReadWithAWarning() throws Exception {
        Path original = database("warehouse.db");
        Path second = Files.createLink(folder.resolve("also-warehouse.db"), original);
        assertThatThrownBy(() -> Workspace.open(original, false, "Ben"))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(OpenFailure.HARD_LINKED));
        try (Workspace readOnly = Workspace.open(second, true, "Ben")) {
            assertThat(org.shipshape.logic.text.Texts.english(readOnly.warnings())).anySatisfy(w -> assertThat(w).contains("hard links"));
        }
        assertThat(folder.resolve("warehouse.db.lock")).doesNotExist();
    }

    @Test
    void closingTheDatabaseLeavesNoLockFileBehind() throws Exception {
        Path file = database("warehouse.db");
        try (Workspace open = Workspace.open(file, false, "Ben")) {
            assertThat(folder.resolve("warehouse.db.lock")).exists();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("warehouse.db.lock");
        }
    }
}
