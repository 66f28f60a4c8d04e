package org.shipshape.cli.common;

import java.util.Locale;

/** File sizes as people read them. */
public final class Sizes {
    private Sizes() {
    }

    public static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
