package org.shipshape.model.safety;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was taken; the label is part of the backup's file name. */
public enum BackupKind {
    START("start", true),
    DAILY("daily", true),
    EXIT("exit", true),
    MANUAL("manual", true),
    BEFORE_MIGRATION("before-migration", false),
    BEFORE_RESTORE("before-restore", false);

    private final String label;
    private final boolean rotated;

    BackupKind(String label, boolean rotated) {
        this.label = label;
        this.rotated = rotated;
    }

    public String label() {
        return label;
    }

    /** Rotated backups are thinned out (7 daily + 4 weekly); the others are kept until the user deletes them. */
    public boolean rotated() {
        return rotated;
    }

    /** The kind a file-name label belongs to; {@code before-migration-v3} is a {@link #BEFORE_MIGRATION}. */
    public static Optional<BackupKind> fromLabel(String label) {
        return Arrays.stream(values())
                .filter(k -> label.equals(k.label) || label.startsWith(k.label + "-v"))
                .findFirst();
    }
}
