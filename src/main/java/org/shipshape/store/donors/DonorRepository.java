package org.shipshape.store.donors;

import org.shipshape.model.intake.Condition;
import org.shipshape.model.donors.DonorGift;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.inventory.InventoryQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.store.db.Database;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.db.Sql;

/** Donors (personal data). Merged donors stay stored but are hidden from lists. */
public final class DonorRepository {
    private static final String COLUMNS = "id, name, kind, email, phone, address, notes";
    private final Database db;

    public DonorRepository(Database db) {
        this.db = db;
    }

    public long insert(Donor donor) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO donor (name, kind, email, phone, address,"
                    + " notes, created_at) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, donor);
                Sql.setInstant(ps, 7, Instant.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public List<Donor> findAll() {
        return query("SELECT " + COLUMNS + " FROM donor WHERE merged_into IS NULL ORDER BY name COLLATE NOCASE");
    }

    public Optional<Donor> findById(long id) {
        return query("SELECT " + COLUMNS + " FROM donor WHERE id = ?", id).stream().findFirst();
    }

    /** Exact name, ignoring case; the oldest match wins when names repeat. */
    public Optional<Donor> findByName(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM donor WHERE name = ?"
                    + " COLLATE NOCASE AND merged_into IS NULL ORDER BY id LIMIT 1")) {
                ps.setString(1, name.trim());
                return list(ps).stream().findFirst();
            }
        });
    }

    /**
     * Saves an edited donor while it is still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed it since; nothing is written
     */
    public void update(Donor donor, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE donor SET name = ?, kind = ?, email = ?, phone = ?,"
                    + " address = ?, notes = ?, " + RecordVersions.STAMP + " WHERE id = ? AND version = ?")) {
                bind(ps, donor);
                RecordVersions.updateAt(ps, 7, db, c, "donor", donor.id(), expectedVersion);
                return null;
            }
        });
    }

    /** Which change of the donor is stored now, and who made it; empty when it does not exist. */
    public Optional<RecordVersion> version(long id) {
        return db.read(c -> RecordVersions.of(c, "donor", id));
    }

    /** Donors (not merged ones) whose name, e-mail or phone contains the text, ignoring case. */
    public List<Donor> search(String text) {
        if (text == null || text.isBlank()) {
            return findAll();
        }
        String like = InventoryQuery.containsPattern(text);
        return query("SELECT " + COLUMNS + " FROM donor WHERE merged_into IS NULL AND (lower(name) LIKE ? ESCAPE '\\'"
                + " OR lower(coalesce(email, '')) LIKE ? ESCAPE '\\' OR coalesce(phone, '') LIKE ? ESCAPE '\\')"
                + " ORDER BY name COLLATE NOCASE", like, like, like);
    }

    /** How many items a donor gave (for the merge confirmation). */
    public long itemCount(long donorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM donated_item WHERE donor_id = ?")) {
                ps.setLong(1, donorId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Merges a duplicate into the donor that stays, in one transaction: the duplicate's items move, and the
     * duplicate is kept (for history) with {@code merged_into} pointing at the one that stays.
     *
     * @return the number of items moved
     */
    public int merge(long duplicateId, long keptId) {
        return db.write(c -> {
            int moved = new ItemRepository(db).moveToDonor(duplicateId, keptId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE donor SET merged_into = ?, "
                    + RecordVersions.STAMP + " WHERE merged_into = ? OR id = ?")) {
                ps.setLong(1, keptId);
                RecordVersions.bindStamp(ps, 2, db);
                ps.setLong(4, duplicateId);
                ps.setLong(5, duplicateId);
                ps.executeUpdate();
            }
            return moved;
        });
    }

    /** The donor a merged record now lives on, if it was merged. */
    public Optional<Long> mergedInto(long donorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM donor WHERE id = ?")) {
                ps.setLong(1, donorId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(Sql.getNullableLong(rs, "merged_into")) : Optional.empty();
                }
            }
        });
    }

    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM donor WHERE merged_into IS NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Binds the six stored fields to parameters 1 to 6. */
    private static void bind(PreparedStatement ps, Donor donor) throws SQLException {
        ps.setString(1, donor.name());
        ps.setString(2, donor.kind().code());
        ps.setString(3, donor.email());
        ps.setString(4, donor.phone());
        ps.setString(5, donor.address());
        ps.setString(6, donor.notes());
    }

    private List<Donor> query(String sql, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, parameters);
                return list(ps);
            }
        });
    }

    private static List<Donor> list(PreparedStatement ps) throws SQLException {
        List<Donor> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Donor(rs.getLong("id"), rs.getString("name"), Sql.getEnum(rs, "kind", DonorKind.class),
                        rs.getString("email"), rs.getString("phone"), rs.getString("address"),
                        rs.getString("notes")));
            }
        }
        return result;
    }

    /** Everything a donor gave and where it went: package, shipment and destination country. */
    public List<DonorGift> giftsOf(long donorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.received_on, c.name AS category_name,"
                    + " i.description, coalesce(cl.quantity, i.quantity) AS quantity, i.unit, i.condition,"
                    + " i.unit_value_minor, i.currency, " + InventoryQuery.STATUS + " AS stock_status,"
                    + " p.number AS package_number, s.reference, s.country_code, co.name AS country_name"
                    + " FROM donated_item i JOIN category c ON c.id = i.category_id"
                    + " LEFT JOIN content_line cl ON cl.item_id = i.id"
                    + " LEFT JOIN parcel p ON p.id = cl.parcel_id"
                    + " LEFT JOIN parcel pallet ON pallet.id = p.parent_id"
                    + " LEFT JOIN shipment s ON s.id = coalesce(p.shipment_id, pallet.shipment_id)"
                    + " LEFT JOIN country co ON co.code = s.country_code"
                    + " WHERE i.donor_id = ? ORDER BY i.received_on, i.id, p.number")) {
                ps.setLong(1, donorId);
                List<DonorGift> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new DonorGift(rs.getLong("id"), Sql.getDate(rs, "received_on"),
                                rs.getString("category_name"), rs.getString("description"),
                                Sql.getDecimal(rs, "quantity"), rs.getString("unit"),
                                Sql.getEnum(rs, "condition", Condition.class), Sql.getMoney(rs, "unit_value_minor"),
                                rs.getString("currency"), Sql.getEnum(rs, "stock_status", ItemStatus.class),
                                rs.getString("package_number"), rs.getString("reference"),
                                rs.getString("country_code"), rs.getString("country_name")));
                    }
                }
                return result;
            }
        });
    }
}
