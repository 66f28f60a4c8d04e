package org.shipshape.logic.safety;

import org.shipshape.model.safety.OpenFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A damaged database (garbage, truncated, a flipped page) is caught at open, its file set is moved aside byte for
 * byte, the latest good backup is offered, and restoring it brings the data back.
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
    void aDamagedFileIsMovedAsideUntouchedAndTheLatestGoodBackupRestoresTheData(Damage damage) throws Exception {
        Path file = folder.resolve("shipshape.db");
        long packages = preparedDatabase(file);
        damage(file, damage);
        Path wal = folder.resolve("shipshape.db-wal");
        if (damage == Damage.FLIPPED_PAGE) {
            Files.write(wal, "an unexplained -wal file is never deleted".getBytes()); // whatever it holds
        }
        Map<String, byte[]> before = contents(file, wal);

        DamagedDatabaseException damaged = (DamagedDatabaseException) org.assertj.core.api.Assertions
                .catchThrowableOfType(DamagedDatabaseException.class, () -> Workspace.open(file, false, "test"));

        assertThat(damaged.movedTo().getParent()).isEqualTo(folder.resolve("damaged"));
        Map<String, byte[]> moved = contents(damaged.movedTo().resolve("shipshape.db"),
                damaged.movedTo().resolve("shipshape.db-wal"));
        before.forEach((name, bytes) -> assertThat(moved.get(name)).as(name + " moved byte for byte").isEqualTo(bytes));
        // SQLite itself may have created an empty -wal beside a file it was asked to read; nothing else is new
        moved.keySet().stream().filter(name -> !before.containsKey(name))
                .forEach(name -> assertThat(moved.get(name)).as("new " + name).isEmpty());
        assertThat(file).doesNotExist();
        assertThat(wal).doesNotExist();
        BackupEntry offered = damaged.latestGoodBackup().orElseThrow();
        assertThat(offered.kind()).isEqualTo(BackupKind.START);
        assertThat(damaged.getMessage()).contains(damaged.movedTo().toString())
                .contains("restore \"" + offered.file() + "\"");

        RestoreService.Result result = RestoreService.restore(file, offered.file(), "test", Clock.systemDefaultZone());
        assertThat(result.safetyBackup()).isNull();
        try (Workspace restored = Workspace.open(file, false, "test")) {
            assertThat(restored.counts().packages()).isEqualTo(packages);
            assertThat(VerifyService.problems(restored)).isEmpty();
        }
    }

    @Test
    void withoutABackupTheMessageSaysSoAndTheFileIsStillKept() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "these are not warehouse records, but they must survive");
        assertThatThrownBy(() -> Workspace.open(file, false, "test"))
                .isInstanceOfSatisfying(DamagedDatabaseException.class, e -> {
                    assertThat(e.latestGoodBackup()).isEmpty();
                    assertThat(e.reason()).isEqualTo(OpenFailure.NOT_A_DATABASE);
                    assertThat(e.getMessage()).contains("No good backup was found");
                    assertThat(e.movedTo().resolve("notes.db")).hasContent(
                            "these are not warehouse records, but they must survive");
                });
        try (Workspace fresh = Workspace.open(file, false, "test")) {
            assertThat(fresh.warnings()).singleElement().asString().contains("damaged");
        }
    }

    @Test
    void readOnlyOpeningOfADamagedFileMovesNothing() throws Exception {
        Path file = folder.resolve("shipshape.db");
        preparedDatabase(file);
        damage(file, Damage.TRUNCATED);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file, true, "test"))
                .isInstanceOf(WorkspaceOpenException.class)
                .isNotInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("without --read-only");
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
