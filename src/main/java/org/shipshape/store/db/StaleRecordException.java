package org.shipshape.store.db;

import org.shipshape.model.common.RecordVersion;

/**
 * An edit was refused because the record changed since it was read: another station (or another screen) saved it
 * first. Nothing was written; the stored record is left as the other change made it.
 */
public final class StaleRecordException extends StoreException {
    private final long id;
    private final transient RecordVersion current;

    public StaleRecordException(String table, long id, long expected, RecordVersion current) {
        super("Row " + id + " of " + table + " is no longer at version " + expected
                + (current == null ? "; it was deleted" : "; it is at " + current.number()));
        this.id = id;
        this.current = current;
    }

    public long id() {
        return id;
    }

    /** The stored version now (who changed it and when), or null when the record was deleted meanwhile. */
    public RecordVersion current() {
        return current;
    }
}
