package org.shipshape.gui.safety;

import java.util.Locale;

/** Backup sizes as people read them. */
final class BackupSizes {
    private BackupSizes() {
    }

    static String readable(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.getDefault(), "%.0f KB", Math.ceil(bytes / 1024.0));
        }
        return String.format(Locale.getDefault(), "%.1f MB", bytes / (1024.0 * 1024));
    }
}
