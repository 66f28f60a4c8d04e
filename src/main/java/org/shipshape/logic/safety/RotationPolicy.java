package org.shipshape.logic.safety;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shipshape.model.safety.BackupEntry;

/**
 * Which automatic backups to keep: the newest backup of each of the last 7 days that have backups, plus the
 * newest backup of each of the last 4 ISO weeks that have backups (a backup may count for both). Days without
 * backups (the PC was off) do not use up a place, so a warehouse that opens twice a week still keeps seven
 * working days. Backups taken before a migration or a restore are never deleted by rotation.
 */
public final class RotationPolicy {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private final int daily;
    private final int weekly;

    public RotationPolicy(int daily, int weekly) {
        this.daily = daily;
        this.weekly = weekly;
    }

    public static RotationPolicy standard() {
        return new RotationPolicy(DAILY, WEEKLY);
    }

    /** The backups the policy no longer keeps, among the given ones (in any order). */
    public List<BackupEntry> toDelete(List<BackupEntry> backups) {
        List<BackupEntry> rotated = new ArrayList<>(backups.stream().filter(b -> b.kind().rotated()).toList());
        rotated.sort(Comparator.comparing(BackupEntry::takenAt).thenComparing(b -> b.file().toString()).reversed());
        Set<LocalDate> days = new HashSet<>();
        Set<Long> weeks = new HashSet<>();
        List<BackupEntry> delete = new ArrayList<>();
        for (BackupEntry backup : rotated) {
            LocalDate day = backup.takenAt().toLocalDate();
            long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            boolean keepForDay = !days.contains(day) && days.size() < daily;
            boolean keepForWeek = !weeks.contains(week) && weeks.size() < weekly;
            if (keepForDay) {
                days.add(day);
            }
            if (keepForWeek) {
                weeks.add(week);
            }
            if (!keepForDay && !keepForWeek) {
                delete.add(backup);
            }
        }
        return delete;
    }
}
