package org.shipshape.cli.common;

import org.shipshape.logic.text.Catalogue;

/** File sizes as people read them, in the user's language ({@code 1,5 Mo} in French). */
public final class Sizes {
    private static final double KB = 1024;

    private Sizes() {
    }

    public static String readable(long bytes, Catalogue text) {
        if (bytes < KB) {
            return text.text("common.size.bytes", bytes);
        }
        if (bytes < KB * KB) {
            return text.text("common.size.kb", bytes / KB);
        }
        return text.text("common.size.mb", bytes / (KB * KB));
    }
}
