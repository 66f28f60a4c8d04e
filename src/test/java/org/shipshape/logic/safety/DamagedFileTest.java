package org.shipshape.logic.safety;

import org.shipshape.model.safety.OpenFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shipshape.logic.workspace.DamagedDatabaseException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.BackupKind;

/**
 * A damaged database (garbage, truncated, a flipped page, empty) is caught at open and left exactly as it is; the
 * latest good backup is offered, and only restoring it moves the file set aside, byte for byte, and brings the data
 * back. A file that is not a database at all is refused in place.
 */
class DamagedFileTest {
    @TempDir
    Path folder;

    enum Damage {
        GARBAGE, TRUNCATED, FLIPPED_PAGE
    }

    static void damage(Path file, Damage damage) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        switch (damage) {
            case GARBAGE -> {
                byte[] garbage = new byte[bytes.length];
                new Random(42).nextBytes(garbage);
                Files.write(file, garbage);
            }
            case TRUNCATED -> Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            case FLIPPED_PAGE -> {
                int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
                int middlePage = bytes.length / pageSize / 2;
                for (int i = 0; i < 8; i++) {
                    bytes[middlePage * pageSize + i] ^= (byte) 0xff; // the b-tree page header
                }
                Files.write(file, bytes);
            }
        }
    }

    /** A database with the sample warehouse and one start-up backup; returns the package count. */
    private long preparedDatabase(Path file) {
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            SafetyFixtures.fill(workspace, 60);
            new BackupService(workspace).backup(BackupKind.START);
            return workspace.counts().packages();
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedFileIsLeftUntouchedUntilARestoreMovesItAsideAndBringsTheDataBack(Damage damage) throws Exception {
        Path file = folder.resolve("shipshape.db");
        long packages = preparedDatabase(file);
        damage(file, damage);
        Path wal = folder.resolve("shipshape.db-wal");
        if (damage == Damage.FLIPPED_PAGE) {
            Files.write(wal, "an unexplained -wal file is never deleted".getBytes()); // whatever it holds
        }
        Map<String, byte[]> before = contents(file, wal);

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Workspace.open(file, false, "test"));

        assertThat(damaged.reason()).isEqualTo(damage == Damage.GARBAGE ? OpenFailure.NOT_A_DATABASE
                : OpenFailure.CORRUPT);
        Map<String, byte[]> after = contents(file, wal);
        assertThat(after).as("nothing changed by opening").containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(folder.resolve("damaged")).doesNotExist();
        assertThat(folder.resolve("shipshape.db.lock")).doesNotExist();
        BackupEntry offered = damaged.latestGoodBackup().orElseThrow();
        assertThat(offered.kind()).isEqualTo(BackupKind.START);
        assertThat(damaged.getMessage()).contains("nothing was changed", "The latest good backup is from")
                .as("the window shows it too: no command").doesNotContain("shipshape restore", "--db");

        RestoreService.Result result = RestoreService.restore(file, offered.file(), "test", Clock.systemDefaultZone());
        assertThat(result.safetyBackup()).isNull();
        assertThat(result.movedAside().getParent()).isEqualTo(folder.resolve("damaged"));
        Map<String, byte[]> moved = contents(result.movedAside().resolve("shipshape.db"),
                result.movedAside().resolve("shipshape.db-wal"));
        before.forEach((name, bytes) -> assertThat(moved.get(name)).as(name + " moved byte for byte").isEqualTo(bytes));
        try (Workspace restored = Workspace.open(file, false, "test")) {
            assertThat(restored.counts().packages()).isEqualTo(packages);
            assertThat(VerifyService.problems(restored)).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedInPlaceAndLeavesNoLockFile() throws Exception {
        Path file = folder.resolve("notes.txt");
        Files.writeString(file, "these are not warehouse records, but they must survive");
        assertThatThrownBy(() -> Workspace.open(file, false, "test"))
                .isInstanceOf(WorkspaceOpenException.class)
                .isNotInstanceOf(DamagedDatabaseException.class)
                .satisfies(e -> assertThat(((WorkspaceOpenException) e).reason()).isEqualTo(OpenFailure.NOT_A_DATABASE))
                .hasMessageContaining("is not a Shipshape database").hasMessageContaining("nothing was changed");
        assertThat(file).hasContent("these are not warehouse records, but they must survive");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void anEmptyFileIsDamagedNotANewDatabaseAndTheLatestBackupIsOffered() throws Exception {
        Path file = folder.resolve("shipshape.db");
        long packages = preparedDatabase(file);
        Files.write(file, new byte[0]);

        DamagedDatabaseException empty = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Workspace.open(file, false, "test"));
        assertThat(empty.reason()).isEqualTo(OpenFailure.EMPTY);
        assertThat(empty.getMessage()).contains("is empty (0 bytes)");
        assertThat(file).isEmptyFile();
        assertThat(folder.resolve("shipshape.db.lock")).doesNotExist();

        RestoreService.restore(file, empty.latestGoodBackup().orElseThrow().file(), "test", Clock.systemDefaultZone());
        try (Workspace restored = Workspace.open(file, false, "test")) {
            assertThat(restored.counts().packages()).isEqualTo(packages);
        }
    }

    @Test
    void withoutABackupTheMessageSaysSoAndTheFileIsKept() throws Exception {
        Path file = folder.resolve("shipshape.db");
        preparedDatabase(file);
        deleteBackups();
        damage(file, Damage.FLIPPED_PAGE);
        byte[] damagedBytes = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file, false, "test"))
                .isInstanceOf(WorkspaceOpenException.class)
                .isNotInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("No good backup was found");
        assertThat(Files.readAllBytes(file)).isEqualTo(damagedBytes);
    }

    private void deleteBackups() throws Exception {
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            for (Path backup : backups.toList()) {
                Files.delete(backup);
            }
        }
    }

    @Test
    void readOnlyOpeningOfADamagedFileMovesNothingAndNamesTheRestore() throws Exception {
        Path file = folder.resolve("shipshape.db");
        preparedDatabase(file);
        damage(file, Damage.TRUNCATED);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file, true, "test"))
                .isInstanceOf(WorkspaceOpenException.class)
                .isNotInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("The latest good backup is from")
                .satisfies(e -> assertThat(((WorkspaceOpenException) e).latestGoodBackup()).isPresent());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder.resolve("damaged")).doesNotExist();
    }

    @Test
    void aDamagedBackupIsNotOfferedAndCannotBeRestored() throws Exception {
        Path file = folder.resolve("shipshape.db");
        preparedDatabase(file);
        BackupEntry backup = BackupService.list(file).get(0);
        damage(backup.file(), Damage.FLIPPED_PAGE);
        assertThat(BackupService.check(backup.file()).ok()).isFalse();
        assertThat(BackupService.latestGood(file)).isEmpty();
        assertThatThrownBy(() -> RestoreService.restore(file, backup.file(), "test", Clock.systemDefaultZone()))
                .isInstanceOf(org.shipshape.logic.task.UserInputException.class)
                .hasMessageContaining("cannot be restored");
        try (Workspace stillThere = Workspace.open(file, false, "test")) {
            assertThat(stillThere.counts().packages()).isPositive();
        }
    }

    private static Map<String, byte[]> contents(Path... files) throws Exception {
        Map<String, byte[]> result = new HashMap<>();
        for (Path f : Stream.of(files).filter(Files::exists).toList()) {
            result.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return result;
    }
}
