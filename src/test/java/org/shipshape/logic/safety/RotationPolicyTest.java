package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.BackupKind;

class RotationPolicyTest {
    private static BackupEntry backup(BackupKind kind, LocalDateTime at) {
        return new BackupEntry(Path.of(kind.label() + "-" + at), kind, at, 1000);
    }

    private static List<LocalDateTime> kept(List<BackupEntry> all) {
        List<BackupEntry> deleted = RotationPolicy.standard().toDelete(all);
        return all.stream().filter(b -> !deleted.contains(b)).map(BackupEntry::takenAt).sorted().toList();
    }

    @Test
    void sevenDailyAndFourWeeklyBackupsAreKeptFromSixtyDaysOfBackups() {
        List<BackupEntry> all = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 1, 5); // a Monday
        for (int day = 0; day < 60; day++) {
            all.add(backup(BackupKind.START, first.plusDays(day).atTime(8, 0)));
            all.add(backup(BackupKind.EXIT, first.plusDays(day).atTime(17, 0)));
        }
        LocalDate last = first.plusDays(59); // Friday 2026-03-05
        List<LocalDateTime> expected = new ArrayList<>();
        // the newest backup of each of the last four ISO weeks: the Sundays of the three weeks before the last
        expected.add(LocalDate.of(2026, 2, 15).atTime(17, 0));
        expected.add(LocalDate.of(2026, 2, 22).atTime(17, 0));
        // the newest backup of each of the last seven days (which covers the last week's place)
        for (int day = 6; day >= 0; day--) {
            expected.add(last.minusDays(day).atTime(17, 0));
        }
        assertThat(kept(all)).containsExactlyElementsOf(expected.stream().sorted().toList());
    }

    @Test
    void daysWithoutBackupsDoNotUseUpAPlace() {
        List<BackupEntry> all = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (int week = 0; week < 4; week++) {
            all.add(backup(BackupKind.START, monday.plusWeeks(week).atTime(9, 0)));
            all.add(backup(BackupKind.START, monday.plusWeeks(week).plusDays(3).atTime(9, 0)));
        }
        // seven places reach back three weeks, not seven calendar days; only the very first backup goes
        assertThat(kept(all)).hasSize(7).contains(monday.plusDays(3).atTime(9, 0))
                .doesNotContain(monday.atTime(9, 0));
    }

    @Test
    void backupsBeforeAMigrationOrARestoreAreNeverRotated() {
        List<BackupEntry> all = new ArrayList<>();
        LocalDateTime old = LocalDateTime.of(2020, 1, 1, 10, 0);
        all.add(backup(BackupKind.BEFORE_MIGRATION, old));
        all.add(backup(BackupKind.BEFORE_RESTORE, old.plusHours(1)));
        for (int day = 0; day < 40; day++) {
            all.add(backup(BackupKind.DAILY, LocalDate.of(2026, 1, 1).plusDays(day).atTime(LocalTime.NOON)));
        }
        assertThat(RotationPolicy.standard().toDelete(all)).extracting(BackupEntry::kind)
                .containsOnly(BackupKind.DAILY)
                // kept: the last 7 days (3-9 February) and the ISO weeks ending 1 and 25 January
                .hasSize(40 - 7 - 2);
    }
}
