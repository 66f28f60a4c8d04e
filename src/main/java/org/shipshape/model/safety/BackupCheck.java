package org.shipshape.model.safety;

import java.util.List;

/**
 * The result of SQLite's {@code integrity_check} on a backup or database file.
 *
 * @param problems empty when the file is sound; otherwise SQLite's findings (at most a few)
 */
public record BackupCheck(List<String> problems) {
    public BackupCheck {
        problems = List.copyOf(problems);
    }

    public static BackupCheck passed() {
        return new BackupCheck(List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
