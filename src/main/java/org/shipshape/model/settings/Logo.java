package org.shipshape.model.settings;

import java.util.Arrays;
import java.util.Objects;

/**
 * The organisation's logo as the bytes of its image file, printed at the top of every document and label.
 *
 * @param type PNG or JPEG, as the file's first bytes say (not its name)
 */
public record Logo(byte[] bytes, Type type) {
    /** The largest logo accepted: big enough for a print-quality image, small enough to keep backups small. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public enum Type { PNG, JPEG }

    public Logo {
        Objects.requireNonNull(type, "type");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && logo.type == type && Arrays.equals(logo.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + type.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + type + ", " + bytes.length + " bytes]";
    }
}
