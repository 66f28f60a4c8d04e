package org.shipshape.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.shipshape.model.common.RecordVersion;

/**
 * The version columns of the records people edit (donated_item, parcel, shipment, donor; schema 9): every change
 * of such a row counts up {@code version} and stamps {@code changed_by}/{@code changed_at}; an edit names the version
 * it started from and is refused when that is no longer the stored one (docs/decisions/0012).
 */
public final class RecordVersions {
    /** The SET part of every UPDATE of a versioned row; bind its two parameters with {@link #bindStamp}. */
    public static final String STAMP = "version = version + 1, changed_by = ?, changed_at = ?";

    private RecordVersions() {
    }

    /** Binds who ({@link Database#changedBy()}) and now to parameters index and index + 1; returns the next index. */
    public static int bindStamp(PreparedStatement ps, int index, Database db) throws SQLException {
        ps.setString(index, db.changedBy());
        Sql.setInstant(ps, index + 1, Instant.now());
        return index + 2;
    }

    /**
     * Finishes an {@code UPDATE table SET ..., STAMP WHERE id = ? AND version = ?}: binds the stamp from parameter
     * {@code firstStampIndex} on, then the id and the expected version, and runs it.
     *
     * @throws StaleRecordException when someone changed the row since (see {@link #requireSaved})
     */
    public static void updateAt(PreparedStatement ps, int firstStampIndex, Database db, Connection c, String table,
                                long id, long expected) throws SQLException {
        int next = bindStamp(ps, firstStampIndex, db);
        ps.setLong(next, id);
        ps.setLong(next + 1, expected);
        requireSaved(ps.executeUpdate(), c, table, id, expected);
    }

    /** The stored version of a row; empty when there is no such row. */
    public static Optional<RecordVersion> of(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, changed_by, changed_at FROM " + table
                + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RecordVersion(rs.getLong(1), rs.getString(2),
                        Sql.getInstant(rs, "changed_at"))) : Optional.empty();
            }
        }
    }

    /**
     * After an {@code UPDATE ... WHERE id = ? AND version = ?}: no row changed means someone saved the record first.
     *
     * @throws StaleRecordException carrying the stored version (who and when); the caller's transaction rolls back
     */
    public static void requireSaved(int rowsChanged, Connection c, String table, long id, long expected)
            throws SQLException {
        if (rowsChanged == 0) {
            throw new StaleRecordException(table, id, expected, of(c, table, id).orElse(null));
        }
    }
}
