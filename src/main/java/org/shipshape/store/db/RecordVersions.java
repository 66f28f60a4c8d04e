package org.shipshape.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.RecordVersion;

/**
 * The version columns of the records people edit (donated_item, parcel, shipment, donor; schema 9) and of the
 * reference data (box sizes, label stocks, container types, countries, destination rules, phrases, categories;
 * schema 10): every change of such a row counts up {@code version} and stamps {@code changed_by}/{@code changed_at};
 * an edit names the version it started from and is refused when that is no longer the stored one
 * (docs/decisions/0012, 0015).
 */
public final class RecordVersions {
    /** The SET part of every UPDATE of a versioned row; bind its two parameters with {@link #bindStamp}. */
    public static final String STAMP = "version = version + 1, changed_by = ?, changed_at = ?";

    /** The version columns as a SELECT reads them; {@link #read} turns them into a {@link RecordVersion}. */
    public static final String COLUMNS = "version, changed_by, changed_at";

    /**
     * One row of a versioned table named by its key columns: a code ({@code box_size.code}), a key and a language
     * ({@code phrase}) or an id.
     *
     * @param table   the table
     * @param columns the key's columns
     * @param values  their values, in the same order
     */
    public record Row(String table, List<String> columns, List<Object> values) {
        public static Row of(String table, String column, Object value) {
            return new Row(table, List.of(column), List.of(value));
        }

        public static Row of(String table, String column, Object value, String column2, Object value2) {
            return new Row(table, List.of(column, column2), List.of(value, value2));
        }

        /** {@code code = ?} or {@code key = ? AND language = ?}. */
        public String where() {
            return String.join(" AND ", columns.stream().map(column -> column + " = ?").toList());
        }

        /** Binds the key's values from parameter {@code index} on; returns the next index. */
        public int bind(PreparedStatement ps, int index) throws SQLException {
            for (Object value : values) {
                ps.setObject(index++, value);
            }
            return index;
        }

        @Override
        public String toString() {
            return table + " " + values;
        }
    }

    private RecordVersions() {
    }

    /** The version columns of the current row of a result that selected {@link #COLUMNS}. */
    public static RecordVersion read(ResultSet rs) throws SQLException {
        return new RecordVersion(rs.getLong("version"), rs.getString("changed_by"), Sql.getInstant(rs, "changed_at"));
    }

    /**
     * Finishes an {@code UPDATE table SET ..., STAMP WHERE <row.where()> AND version = ?}: binds the stamp from
     * parameter {@code firstStampIndex} on, then the row's key and the expected version, and runs it.
     *
     * @throws StaleRecordException when someone changed or deleted the row since; nothing is written
     */
    public static void updateAt(PreparedStatement ps, int firstStampIndex, Database db, Connection c, Row row,
                                long expected) throws SQLException {
        int next = row.bind(ps, bindStamp(ps, firstStampIndex, db));
        ps.setLong(next, expected);
        requireSaved(ps.executeUpdate(), c, row, expected);
    }

    /**
     * Deletes the row while it is still at the version the screen showed.
     *
     * @throws StaleRecordException when someone changed or deleted it since; nothing is deleted
     */
    public static void deleteAt(Connection c, Row row, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + row.table() + " WHERE " + row.where()
                + " AND version = ?")) {
            ps.setLong(row.bind(ps, 1), expected);
            requireSaved(ps.executeUpdate(), c, row, expected);
        }
    }

    /** The stored version of a row; empty when there is no such row. */
    public static Optional<RecordVersion> of(Connection c, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + row.table() + " WHERE "
                + row.where())) {
            row.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static void requireSaved(int rowsChanged, Connection c, Row row, long expected) throws SQLException {
        if (rowsChanged == 0) {
            throw new StaleRecordException(row.toString(), expected, of(c, row).orElse(null));
        }
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
