package org.shipshape.store.inventory;

import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.Condition;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.InventoryTotals;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** What the inventory screen reads: donated items with their derived stock status, filtered and totalled. */
public final class InventoryRepository {
    private final Database db;

    public InventoryRepository(Database db) {
        this.db = db;
    }

    /** The inventory rows a filter selects, newest first (one parameterised query, see {@link InventoryQuery}). */
    public List<InventoryRow> search(ItemFilter filter) {
        InventoryQuery query = InventoryQuery.of(filter);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(query.rows())) {
                query.bind(ps);
                List<InventoryRow> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(mapRow(rs));
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
                    return rs.next() ? Optional.of(mapRow(rs)) : Optional.empty();
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

    private static InventoryRow mapRow(ResultSet rs) throws SQLException {
        return new InventoryRow(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), new BigDecimal(rs.getString(8)),
                rs.getString(9), Sql.getEnum(rs, "condition", Condition.class), Sql.getMoney(rs, "unit_value_minor"),
                rs.getString(12), Sql.getKg(rs, "unit_g"), rs.getString(14),
                Sql.getEnum(rs, "stock_status", ItemStatus.class), rs.getLong("version"));
    }
}
