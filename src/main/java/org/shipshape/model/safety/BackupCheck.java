package org.shipshape.model.safety;

import java.util.List;

/**
 * The result of SQLite's {@code integrity_check} on a backup or database file.
 *
 * @param findings empty when the file is sound; otherwise what SQLite's check reported, word for word (technical
 *                 detail in SQLite's English, at most a few lines; a message around them says what to do)
 */
public record BackupCheck(List<String> findings) {
    public BackupCheck {
        findings = List.copyOf(findings);
    }

    public static BackupCheck passed() {
        return new BackupCheck(List.of());
    }

    public boolean ok() {
        return findings.isEmpty();
    }
}
