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

    /** A row named by its key rather than an id (reference data: a code, a phrase's key and language). */
    public StaleRecordException(String row, long expected, RecordVersion current) {
        super(row + " is no longer at version " + expected
                + (current == null ? "; it was deleted" : "; it is at " + current.number()));
        this.id = 0;
        this.current = current;
    }

    /** The row's id; 0 for a row named by its key. */
    public long id() {
        return id;
    }

    /** The stored version now (who changed it and when), or null when the record was deleted meanwhile. */
    public RecordVersion current() {
        return current;
    }
}
