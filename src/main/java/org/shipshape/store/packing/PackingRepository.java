package org.shipshape.store.packing;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.store.rules.DestinationRules;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.LabelStock;
import org.shipshape.model.packing.Parcel;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/**
 * What the packing station changes beyond inserting packages: package fields, single lines, pallets, stock
 * links, and the packing data tables (box sizes, label stock, destination rules).
 */
public final class PackingRepository {
    private static final String PARCEL_COLUMNS = "p.id, p.number, p.kind, p.shipment_id, p.parent_id, p.length_cm,"
            + " p.width_cm, p.height_cm, p.gross_g, p.marks, p.status, p.packed_by, p.packed_at";
    private final Database db;

    public PackingRepository(Database db) {
        this.db = db;
    }

    /** Runs the work as one transaction; repository calls inside it join that transaction. */
    public <T> T inTransaction(Supplier<T> work) {
        return db.write(c -> work.get());
    }

    /** Writes every field of the package except its number and creation time. */
    public void update(Parcel parcel) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE parcel SET kind = ?, shipment_id = ?,"
                    + " parent_id = ?, length_cm = ?, width_cm = ?, height_cm = ?, gross_g = ?, marks = ?,"
                    + " status = ?, packed_by = ?, packed_at = ? WHERE id = ?")) {
                ps.setString(1, parcel.kind().code());
                Sql.setNullableLong(ps, 2, parcel.shipmentId());
                Sql.setNullableLong(ps, 3, parcel.parentId());
                Dimensions d = parcel.dimensions();
                Sql.setNullableInt(ps, 4, d == null ? null : d.lengthCm());
                Sql.setNullableInt(ps, 5, d == null ? null : d.widthCm());
                Sql.setNullableInt(ps, 6, d == null ? null : d.heightCm());
                Sql.setKg(ps, 7, parcel.grossKg());
                ps.setString(8, Sql.codes(parcel.marks()));
                ps.setString(9, parcel.status().code());
                ps.setString(10, parcel.packedBy());
                Sql.setInstant(ps, 11, parcel.packedAt());
                ps.setLong(12, parcel.id());
                return ps.executeUpdate();
            }
        });
    }

    public void deleteLine(long parcelId, long lineId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM content_line WHERE id = ? AND parcel_id = ?")) {
                ps.setLong(1, lineId);
                ps.setLong(2, parcelId);
                return ps.executeUpdate();
            }
        });
    }

    /** Packages sitting on the given pallet. */
    public List<Parcel> childrenOf(long parentId) {
        return parcels("SELECT " + PARCEL_COLUMNS + " FROM parcel p WHERE p.parent_id = ? ORDER BY p.number",
                parentId);
    }

    /** Packages with any of the given numbers (ignoring case), in the order of their numbers. */
    public List<Parcel> findByNumbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(numbers.size(), "?"));
        return parcels("SELECT " + PARCEL_COLUMNS + " FROM parcel p WHERE upper(p.number) IN (" + marks + ")"
                + " ORDER BY p.number", numbers.stream().map(n -> n.trim().toUpperCase(java.util.Locale.ROOT))
                .toArray());
    }

    /** Packages that belong to no shipment (warehouse stock). */
    public List<Parcel> warehousePackages() {
        return parcels("SELECT " + PARCEL_COLUMNS + " FROM parcel p WHERE p.shipment_id IS NULL ORDER BY p.number");
    }

    /** How much of a donated item is already on content lines (in the item's unit). */
    public BigDecimal packedQuantityOf(long itemId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT quantity FROM content_line WHERE item_id = ?")) {
                ps.setLong(1, itemId);
                BigDecimal total = BigDecimal.ZERO;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        total = total.add(new BigDecimal(rs.getString(1)));
                    }
                }
                return total;
            }
        });
    }

    public void setItemStatus(long itemId, ItemStatus status) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE donated_item SET status = ? WHERE id = ?")) {
                ps.setString(1, status.code());
                ps.setLong(2, itemId);
                return ps.executeUpdate();
            }
        });
    }

    public List<BoxSize> boxSizes() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, length_cm, width_cm, height_cm"
                    + " FROM box_size ORDER BY sort_order, code"); ResultSet rs = ps.executeQuery()) {
                List<BoxSize> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new BoxSize(rs.getString("code"), rs.getString("name"), new Dimensions(
                            rs.getInt("length_cm"), rs.getInt("width_cm"), rs.getInt("height_cm"))));
                }
                return result;
            }
        });
    }

    public List<LabelStock> labelStocks() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, page_width_mm, page_height_mm,"
                    + " columns, rows, label_width_mm, label_height_mm, margin_left_mm, margin_top_mm, pitch_x_mm,"
                    + " pitch_y_mm, offset_x_mm, offset_y_mm, dpi, printer FROM label_stock ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<LabelStock> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new LabelStock(rs.getString("code"), rs.getString("name"),
                            rs.getDouble("page_width_mm"), rs.getDouble("page_height_mm"), rs.getInt("columns"),
                            rs.getInt("rows"), rs.getDouble("label_width_mm"), rs.getDouble("label_height_mm"),
                            rs.getDouble("margin_left_mm"), rs.getDouble("margin_top_mm"), rs.getDouble("pitch_x_mm"),
                            rs.getDouble("pitch_y_mm"), rs.getDouble("offset_x_mm"), rs.getDouble("offset_y_mm"),
                            Sql.getNullableInt(rs, "dpi"), rs.getString("printer")));
                }
                return result;
            }
        });
    }

    public Optional<LabelStock> labelStock(String code) {
        return labelStocks().stream().filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    public void rememberPrinter(String stockCode, String printer) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE label_stock SET printer = ? WHERE code = ?")) {
                ps.setString(1, printer);
                ps.setString(2, stockCode);
                return ps.executeUpdate();
            }
        });
    }

    /** The rules for a destination country, whether or not they are confirmed. */
    public List<DestinationRule> destinationRules(String countryCode) {
        return db.read(c -> DestinationRules.forCountry(c, countryCode));
    }

    /** The country's name for labels, or empty when the country is not in the table. */
    public Optional<String> countryName(String countryCode) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM country WHERE upper(code) = upper(?)")) {
                ps.setString(1, countryCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private List<Parcel> parcels(String sql, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, parameters);
                List<Parcel> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(ParcelRepository.map(rs));
                    }
                }
                return result;
            }
        });
    }
}
