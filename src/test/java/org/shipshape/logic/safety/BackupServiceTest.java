package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.BackupKind;

class BackupServiceTest {
    private static final ZoneId ZONE = ZoneOffset.UTC;

    @TempDir
    Path folder;

    private static Clock at(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZONE);
    }

    private static BackupService service(Workspace workspace, LocalDateTime time) {
        return new BackupService(workspace, at(time), RotationPolicy.standard());
    }

    @Test
    void aBackupIsCheckedOwnerOnlyAndHoldsTheDataAtThatMoment() throws Exception {
        Path file = folder.resolve("shipshape.db");
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            SafetyFixtures.fill(workspace, 5);
            BackupEntry entry = service(workspace, LocalDateTime.of(2026, 3, 14, 9, 15, 0)).backup(BackupKind.MANUAL);
            SafetyFixtures.fill(workspace, 1);

            assertThat(entry.file()).isEqualTo(folder.resolve("backups/shipshape-manual-20260314-091500.db"));
            assertThat(entry.sizeBytes()).isEqualTo(Files.size(entry.file()));
            assertThat(BackupService.check(entry.file()).ok()).isTrue();
            assertThat(countPackages(entry.file())).isEqualTo(5);
            if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry.file())))
                        .isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry.file().getParent())))
                        .isEqualTo("rwx------");
            }
            try (var leftovers = Files.list(entry.file().getParent())) {
                assertThat(leftovers).hasSize(1); // no temporary files
            }
        }
    }

    @Test
    void takingABackupEveryDayForTwoMonthsKeepsSevenDailyAndFourWeekly() {
        Path file = folder.resolve("shipshape.db");
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            LocalDateTime start = LocalDateTime.of(2026, 1, 5, 8, 0);
            for (int day = 0; day < 60; day++) {
                service(workspace, start.plusDays(day)).backup(BackupKind.START);
                service(workspace, start.plusDays(day).plusHours(9)).backup(BackupKind.EXIT);
            }
            List<BackupEntry> kept = BackupService.list(file);
            assertThat(kept).hasSize(9);
            assertThat(kept.get(0).takenAt()).isEqualTo(start.plusDays(59).plusHours(9));
            assertThat(kept).allMatch(b -> b.kind() == BackupKind.EXIT);
        }
    }

    @Test
    void theDailyBackupIsDueOnlyWhenTheNewestAutomaticBackupIsADayOld() {
        Path file = folder.resolve("shipshape.db");
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            LocalDateTime morning = LocalDateTime.of(2026, 3, 14, 8, 0);
            assertThat(service(workspace, morning).backupIfDue()).isPresent();
            assertThat(service(workspace, morning.plusHours(23)).backupIfDue()).isEmpty();
            assertThat(service(workspace, morning.plusHours(24).plusMinutes(1)).backupIfDue())
                    .hasValueSatisfying(b -> assertThat(b.kind()).isEqualTo(BackupKind.DAILY));
        }
    }

    @Test
    void aBackupToAnotherFileIsCheckedAndLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("shipshape.db");
        Path usb = Files.createDirectories(folder.resolve("usb"));
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            SafetyFixtures.fill(workspace, 3);
            assertThat(new BackupService(workspace).backupTo(usb.resolve("copy.db")).ok()).isTrue();
            assertThatThrownBy(() -> new BackupService(workspace).backupTo(file)).isInstanceOf(UserInputException.class);
        }
        assertThat(countPackages(usb.resolve("copy.db"))).isEqualTo(3);
        try (var files = Files.list(usb)) {
            assertThat(files).containsExactly(usb.resolve("copy.db"));
        }
    }

    @Test
    void aReadOnlyWorkspaceWritesNoBackupBesideTheDatabase() {
        Path file = folder.resolve("shipshape.db");
        Workspace.open(file, false, "test").close();
        try (Workspace readOnly = Workspace.open(file, true, "test")) {
            assertThatThrownBy(() -> new BackupService(readOnly).backup(BackupKind.MANUAL))
                    .isInstanceOf(UserInputException.class);
            assertThat(new BackupService(readOnly).backupIfDue()).isEmpty();
        }
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void restoringKeepsABackupOfTheReplacedDatabaseAndReopens() {
        Path file = folder.resolve("shipshape.db");
        Workspace workspace = Workspace.open(file, false, "test");
        SafetyFixtures.fill(workspace, 2);
        BackupEntry twoPackages = new BackupService(workspace).backup(BackupKind.MANUAL);
        SafetyFixtures.fill(workspace, 3);
        Workspace restored = RestoreService.restoreAndReopen(workspace, twoPackages.file(),
                Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZONE));
        try (restored) {
            assertThat(restored.counts().packages()).isEqualTo(2);
            BackupEntry safety = BackupService.list(file).stream()
                    .filter(b -> b.kind() == BackupKind.BEFORE_RESTORE).findFirst().orElseThrow();
            assertThat(countPackages(safety.file())).isEqualTo(5);
        }
        assertThat(file.resolveSibling("shipshape.db-wal")).doesNotExist();
    }

    @Test
    void romanianArmenianCyrillicArabicAndEmojiTextSurviveABackupAndRestoreExactly() {
        Path file = folder.resolve("shipshape.db");
        Workspace workspace = Workspace.open(file, false, "test");
        SafetyFixtures.fill(workspace, 1);
        var packages = new org.shipshape.store.packing.PackageRepository(workspace.database());
        long id = packages.findByShipment(1).get(0).id();
        List<String> before = packages.linesOf(id).stream().map(l -> l.description()).toList();
        assertThat(before.get(0)).contains("\u0103", "\u0562", "\u043f", "\u0645", "\ud83d\udce6");
        BackupEntry backup = new BackupService(workspace).backup(BackupKind.MANUAL);
        try (Workspace restored = RestoreService.restoreAndReopen(workspace, backup.file(),
                Clock.systemDefaultZone())) {
            assertThat(new org.shipshape.store.packing.PackageRepository(restored.database()).linesOf(id).stream()
                    .map(l -> l.description()).toList()).isEqualTo(before);
        }
    }

    static long countPackages(Path databaseFile) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toUri() + "?immutable=1");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM parcel")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
