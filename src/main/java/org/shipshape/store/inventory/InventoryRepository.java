package org.shipshape.store.inventory;

import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.Condition;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.InventoryTotals;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.store.db.Database;

/** What the inventory screen reads: donated items with their derived stock status, filtered and totalled. */
public final class InventoryRepository {
    private final Database db;

    public InventoryRepository(Database db) {
        this.db = db;
    }

    /** The inventory rows a filter selects, newest first (one parameterised query, see {@link InventoryQuery}). */
    public List<InventoryRow> search(ItemFilter filter) {
        return search(filter, 0);
    }

    /**
     * The first {@code limit} rows a filter selects, newest first: what fills the screen while the rest is read.
     *
     * @param limit at most this many rows; 0 for all of them
     */
    public List<InventoryRow> search(ItemFilter filter, int limit) {
        InventoryQuery query = InventoryQuery.of(filter);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(limit > 0 ? query.rows() + " LIMIT " + limit
                    : query.rows())) {
                query.bind(ps);
                List<InventoryRow> result = new ArrayList<>(limit > 0 ? limit : 1024);
                RowReader reader = new RowReader();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(reader.read(rs));
                    }
                }
                return result;
            }
        });
    }

    public Optional<InventoryRow> findRow(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(InventoryQuery.rowById())) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new RowReader().read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Items, quantity, kilograms and value of what a filter selects, summed by the database. */
    public InventoryTotals totals(ItemFilter filter) {
        InventoryQuery query = InventoryQuery.of(filter);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(query.totals())) {
                query.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new InventoryTotals(rs.getLong(1), new BigDecimal(rs.getString(2))
                            .stripTrailingZeros(), Decimals.fromGrams(rs.getLong(3)),
                            Decimals.fromMinorUnits(rs.getLong(4)));
                }
            }
        });
    }

    /**
     * Maps rows by column position (a lookup by name costs a search per column per row) and shares the values that
     * repeat across 100,000 items, such as dates, donor and category names, so they are parsed and kept once.
     */
    private static final class RowReader {
        private final Map<String, LocalDate> dates = new HashMap<>();
        private final Map<Long, String> donorNames = new HashMap<>();
        private final Map<Long, String> categoryNames = new HashMap<>();
        private final Map<String, String> shared = new HashMap<>();

        InventoryRow read(ResultSet rs) throws SQLException {
            long donorId = rs.getLong(3);
            long categoryId = rs.getLong(5);
            return new InventoryRow(rs.getLong(1), dates.computeIfAbsent(rs.getString(2), LocalDate::parse), donorId,
                    name(donorNames, donorId, rs, 4), categoryId, name(categoryNames, categoryId, rs, 6),
                    rs.getString(7), new BigDecimal(rs.getString(8)), share(rs.getString(9)),
                    code(Condition.class, rs, 10), money(rs, 11), share(rs.getString(12)), kg(rs, 13), rs.getString(14),
                    code(ItemStatus.class, rs, 15), rs.getLong(16));
        }

        private static String name(Map<Long, String> names, long id, ResultSet rs, int column) throws SQLException {
            String known = names.get(id);
            if (known == null) {
                known = rs.getString(column);
                names.put(id, known);
            }
            return known;
        }

        private String share(String value) {
            return value == null ? null : shared.computeIfAbsent(value, v -> v);
        }

        private static <E extends Enum<E> & CodedEnum> E code(Class<E> type, ResultSet rs, int column)
                throws SQLException {
            String code = rs.getString(column);
            return code == null ? null : CodedEnum.fromCode(type, code).orElseThrow(() -> new SQLException("Unknown " + type.getSimpleName()
                    + " code '" + code + "' in column " + column + " of the inventory"));
        }

        private static BigDecimal money(ResultSet rs, int column) throws SQLException {
            long minor = rs.getLong(column);
            return rs.wasNull() ? null : Decimals.fromMinorUnits(minor);
        }

        private static BigDecimal kg(ResultSet rs, int column) throws SQLException {
            long grams = rs.getLong(column);
            return rs.wasNull() ? null : Decimals.fromGrams(grams);
        }
    }
}
