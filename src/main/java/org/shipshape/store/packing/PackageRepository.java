package org.shipshape.store.packing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.store.db.Database;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** Packages (boxes, bales, loose pieces, pallets) and their content lines, always written together. */
public final class PackageRepository {
    private static final String PREFIXED_COLUMNS = "p.id, p.number, p.kind, p.shipment_id, p.parent_id,"
            + " p.length_cm, p.width_cm, p.height_cm, p.gross_g, p.marks, p.status, p.packed_by, p.packed_at";
    private static final String COLUMNS = "id, number, kind, shipment_id, parent_id, length_cm, width_cm, height_cm,"
            + " gross_g, marks, status, packed_by, packed_at";
    private static final String LINE_COLUMNS = "id, parcel_id, line_no, category_id, description, quantity, unit,"
            + " condition, value_minor, net_g, hs_code, item_id";
    private final Database db;

    public PackageRepository(Database db) {
        this.db = db;
    }

    /** Stores a new package with its lines in one transaction; returns its id. Line ids and numbers are assigned. */
    public long insert(Package pkg, List<ContentLine> lines) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO parcel (number, kind, shipment_id, parent_id,"
                    + " length_cm, width_cm, height_cm, gross_g, marks, status, packed_by, packed_at, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, pkg.number());
                ps.setString(2, pkg.kind().code());
                Sql.setNullableLong(ps, 3, pkg.shipmentId());
                Sql.setNullableLong(ps, 4, pkg.parentId());
                Dimensions d = pkg.dimensions();
                Sql.setNullableInt(ps, 5, d == null ? null : d.lengthCm());
                Sql.setNullableInt(ps, 6, d == null ? null : d.widthCm());
                Sql.setNullableInt(ps, 7, d == null ? null : d.heightCm());
                Sql.setKg(ps, 8, pkg.grossKg());
                ps.setString(9, Sql.codes(pkg.marks()));
                ps.setString(10, pkg.status().code());
                ps.setString(11, pkg.packedBy());
                Sql.setInstant(ps, 12, pkg.packedAt());
                Sql.setInstant(ps, 13, Instant.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertLines(c, id, lines, 1);
            return id;
        });
    }

    /** Appends lines to a package, numbering them after its last line. */
    public void addLines(long packageId, List<ContentLine> lines) {
        db.write(c -> {
            int next;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(line_no), 0) + 1 FROM content_line WHERE parcel_id = ?")) {
                ps.setLong(1, packageId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            insertLines(c, packageId, lines, next);
            touch(c, packageId);
            return null;
        });
    }

    private static void insertLines(Connection c, long packageId, List<ContentLine> lines, int firstLineNo)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO content_line (parcel_id, line_no, category_id,"
                + " description, quantity, unit, condition, value_minor, net_g, hs_code, item_id)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int lineNo = firstLineNo;
            for (ContentLine line : lines) {
                ps.setLong(1, packageId);
                ps.setInt(2, lineNo++);
                ps.setLong(3, line.categoryId());
                ps.setString(4, line.description());
                Sql.setDecimal(ps, 5, line.quantity());
                ps.setString(6, line.unit());
                ps.setString(7, line.condition().code());
                Sql.setMoney(ps, 8, line.value());
                Sql.setKg(ps, 9, line.netKg());
                ps.setString(10, line.hsCode());
                Sql.setNullableLong(ps, 11, line.itemId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<Package> findByNumber(String number) {
        return first("SELECT " + COLUMNS + " FROM parcel WHERE number = ? COLLATE NOCASE", number.trim());
    }

    public Optional<Package> findById(long id) {
        return first("SELECT " + COLUMNS + " FROM parcel WHERE id = ?", id);
    }

    public List<Package> findByShipment(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM parcel WHERE shipment_id = ? ORDER BY number")) {
                ps.setLong(1, shipmentId);
                return list(ps);
            }
        });
    }

    public List<ContentLine> linesOf(long packageId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + LINE_COLUMNS + " FROM content_line WHERE parcel_id = ? ORDER BY line_no")) {
                ps.setLong(1, packageId);
                List<ContentLine> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(mapLine(rs));
                    }
                }
                return result;
            }
        });
    }

    /** All content lines of all packages of a shipment, grouped by package id, in one query. */
    public Map<Long, List<ContentLine>> linesOfShipment(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.parcel_id, l.line_no, l.category_id,"
                    + " l.description, l.quantity, l.unit, l.condition, l.value_minor, l.net_g, l.hs_code, l.item_id"
                    + " FROM content_line l JOIN parcel p ON p.id = l.parcel_id WHERE p.shipment_id = ?"
                    + " ORDER BY l.parcel_id, l.line_no")) {
                ps.setLong(1, shipmentId);
                Map<Long, List<ContentLine>> result = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ContentLine line = mapLine(rs);
                        result.computeIfAbsent(line.packageId(), id -> new ArrayList<>()).add(line);
                    }
                }
                return result;
            }
        });
    }


    public void updateStatus(long packageId, PackageStatus status) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE parcel SET status = ?, "
                    + RecordVersions.STAMP + " WHERE id = ?")) {
                ps.setString(1, status.code());
                RecordVersions.bindStamp(ps, 2, db);
                ps.setLong(4, packageId);
                return ps.executeUpdate();
            }
        });
    }

    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM parcel")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Takes the next number of a sequence (such as MLI) and advances it; numbers are never handed out twice,
     * even when the package is later deleted. The counter is read and advanced by one statement, which locks its row
     * until the transaction ends: stations taking numbers at once on a server get one each (docs/decisions/0010).
     */
    public int takeNextNumber(String prefix) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO number_sequence (prefix, next_value)"
                    + " VALUES (?, 1) ON CONFLICT (prefix) DO NOTHING")) {
                ps.setString(1, prefix);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE number_sequence SET next_value = next_value + 1"
                    + " WHERE prefix = ? RETURNING next_value - 1")) {
                ps.setString(1, prefix);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private Optional<Package> first(String sql, Object parameter) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, parameter);
                return list(ps).stream().findFirst();
            }
        });
    }

    private static List<Package> list(PreparedStatement ps) throws SQLException {
        List<Package> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(map(rs));
            }
        }
        return result;
    }

    static Package map(ResultSet rs) throws SQLException {
        Integer length = Sql.getNullableInt(rs, "length_cm");
        Integer width = Sql.getNullableInt(rs, "width_cm");
        Integer height = Sql.getNullableInt(rs, "height_cm");
        Dimensions dimensions = length == null || width == null || height == null ? null
                : new Dimensions(length, width, height);
        return new Package(rs.getLong("id"), rs.getString("number"), Sql.getEnum(rs, "kind", PackageKind.class),
                Sql.getNullableLong(rs, "shipment_id"), Sql.getNullableLong(rs, "parent_id"), dimensions,
                Sql.getKg(rs, "gross_g"), Sql.parseCodes(rs.getString("marks"), HandlingMark.class),
                Sql.getEnum(rs, "status", PackageStatus.class), rs.getString("packed_by"),
                Sql.getInstant(rs, "packed_at"));
    }

    public static ContentLine mapLine(ResultSet rs) throws SQLException {
        return new ContentLine(rs.getLong("id"), rs.getLong("parcel_id"), rs.getInt("line_no"),
                rs.getLong("category_id"), rs.getString("description"), Sql.getDecimal(rs, "quantity"),
                rs.getString("unit"), Sql.getEnum(rs, "condition", Condition.class), Sql.getMoney(rs, "value_minor"),
                Sql.getKg(rs, "net_g"), rs.getString("hs_code"), Sql.getNullableLong(rs, "item_id"));
    }


    /** Writes every field of the package except its number and creation time, whatever its version. */
    public void update(Package pkg) {
        update(pkg, null);
    }

    /**
     * Writes every field of the package except its number and creation time; with an expected version only while
     * the package is still at it.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed it since; nothing is written
     */
    public void update(Package pkg, Long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE parcel SET kind = ?, shipment_id = ?,"
                    + " parent_id = ?, length_cm = ?, width_cm = ?, height_cm = ?, gross_g = ?, marks = ?,"
                    + " status = ?, packed_by = ?, packed_at = ?, " + RecordVersions.STAMP + " WHERE id = ?"
                    + (expectedVersion == null ? "" : " AND version = ?"))) {
                ps.setString(1, pkg.kind().code());
                Sql.setNullableLong(ps, 2, pkg.shipmentId());
                Sql.setNullableLong(ps, 3, pkg.parentId());
                Dimensions d = pkg.dimensions();
                Sql.setNullableInt(ps, 4, d == null ? null : d.lengthCm());
                Sql.setNullableInt(ps, 5, d == null ? null : d.widthCm());
                Sql.setNullableInt(ps, 6, d == null ? null : d.heightCm());
                Sql.setKg(ps, 7, pkg.grossKg());
                ps.setString(8, Sql.codes(pkg.marks()));
                ps.setString(9, pkg.status().code());
                ps.setString(10, pkg.packedBy());
                Sql.setInstant(ps, 11, pkg.packedAt());
                if (expectedVersion != null) {
                    RecordVersions.updateAt(ps, 12, db, c, "parcel", pkg.id(), expectedVersion);
                    return 1;
                }
                ps.setLong(RecordVersions.bindStamp(ps, 12, db), pkg.id());
                return ps.executeUpdate();
            }
        });
    }

    /** Counts a change of the package's contents as a change of the package (its packing list and label change). */
    private void touch(Connection c, long packageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE parcel SET " + RecordVersions.STAMP + " WHERE id = ?")) {
            int next = RecordVersions.bindStamp(ps, 1, db);
            ps.setLong(next, packageId);
            ps.executeUpdate();
        }
    }

    /** Which change of the parcel is stored now, and who made it; empty when it does not exist. */
    public Optional<RecordVersion> version(long id) {
        return db.read(c -> RecordVersions.of(c, "parcel", id));
    }

    public void deleteLine(long packageId, long lineId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM content_line WHERE id = ? AND parcel_id = ?")) {
                ps.setLong(1, lineId);
                ps.setLong(2, packageId);
                int deleted = ps.executeUpdate();
                touch(c, packageId);
                return deleted;
            }
        });
    }

    /** Packages sitting on the given pallet. */
    public List<Package> childrenOf(long parentId) {
        return packages("SELECT " + PREFIXED_COLUMNS + " FROM parcel p WHERE p.parent_id = ? ORDER BY p.number",
                parentId);
    }

    /** Packages with any of the given numbers (ignoring case), in the order of their numbers. */
    public List<Package> findByNumbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(numbers.size(), "?"));
        return packages("SELECT " + PREFIXED_COLUMNS + " FROM parcel p WHERE upper(p.number) IN (" + marks + ")"
                + " ORDER BY p.number", numbers.stream().map(n -> n.trim().toUpperCase(java.util.Locale.ROOT))
                .toArray());
    }

    /** Packages that belong to no shipment (warehouse stock). */
    public List<Package> warehousePackages() {
        return packages("SELECT " + PREFIXED_COLUMNS + " FROM parcel p WHERE p.shipment_id IS NULL ORDER BY p.number");
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

    private List<Package> packages(String sql, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, parameters);
                List<Package> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(map(rs));
                    }
                }
                return result;
            }
        });
    }
}
