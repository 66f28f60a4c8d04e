package org.shipshape.logic.packing;

import java.util.Objects;

/** Something the packer should know now, not after the container is closed. */
public record PackingWarning(Level level, String text) {
    public enum Level { BLOCK, WARN, INFO }

    public PackingWarning {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }

    static Level levelOf(String severity) {
        return switch (severity == null ? "" : severity.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "block" -> Level.BLOCK;
            case "info" -> Level.INFO;
            default -> Level.WARN;
        };
    }
}
