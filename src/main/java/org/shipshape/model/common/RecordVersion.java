package org.shipshape.model.common;

import java.time.Instant;

/**
 * Which change of a record a screen is showing, and who made it: edits carry the number back, and the store saves
 * them only while it is still the stored one (optimistic locking, docs/decisions/0012).
 *
 * @param number    counts the changes of the record, 0 before the first
 * @param changedBy who made the last change (the station's user), null before the first
 * @param changedAt when, null before the first
 */
public record RecordVersion(long number, String changedBy, Instant changedAt) {
    public static final RecordVersion FIRST = new RecordVersion(0, null, null);
}
