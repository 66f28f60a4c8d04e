package org.shipshape.store.db;

import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.CodedEntry;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Versioned;

/**
 * A table of reference data named by a code, with version columns (schema 10, docs/decisions/0015): what its
 * repository offers the reference data editors. Changes and deletes name the version they started from.
 *
 * @param <T> the entry
 */
public interface CodedRows<T extends CodedEntry<T>> {
    /** The database the table is in. */
    Database database();

    /** The table's name. */
    String table();

    /** Every entry, retired ones included, with the change of it that is stored. */
    List<Versioned<T>> versioned();

    /** The entry with this code, whatever its case; empty when there is none. */
    Optional<T> find(String code);

    /** Adds the entry, stamped with who and when. */
    void insert(T entry);

    /**
     * Changes the entry with its code while it is still at the version the edit started from.
     *
     * @throws StaleRecordException when someone changed or deleted it since; nothing is written
     */
    void update(T entry, long expectedVersion);

    /** Which change of the entry with this code is stored and who made it; empty when there is none. */
    default Optional<RecordVersion> version(String code) {
        return database().read(c -> RecordVersions.of(c, row(code)));
    }

    /**
     * Deletes the entry with this code while it is still at the version the editor showed.
     *
     * @throws StaleRecordException when someone changed or deleted it since; nothing is deleted
     */
    default void delete(String code, long expectedVersion) {
        database().write(c -> {
            RecordVersions.deleteAt(c, row(code), expectedVersion);
            return null;
        });
    }

    /** The row of the entry with this (stored) code. */
    default RecordVersions.Row row(String code) {
        return RecordVersions.Row.of(table(), "code", code);
    }
}
