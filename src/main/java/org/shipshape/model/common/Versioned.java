package org.shipshape.model.common;

import java.util.List;

/**
 * A record as it was read, with the change of it that was read: an editor saves or deletes it only while that
 * change is still the stored one (docs/decisions/0015).
 *
 * @param value   the record
 * @param version which change of it was read, and who made that change
 */
public record Versioned<T>(T value, RecordVersion version) {
    /** The version number an edit of this record names. */
    public long number() {
        return version.number();
    }

    /** The records alone. */
    public static <T> List<T> values(List<Versioned<T>> versioned) {
        return versioned.stream().map(Versioned::value).toList();
    }
}
