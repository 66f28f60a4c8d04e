package org.shipshape.store.intake;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.intake.Donor;
import org.shipshape.model.intake.DonorKind;
import org.shipshape.store.db.Database;
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
                ps.setString(1, donor.name());
                ps.setString(2, donor.kind().code());
                ps.setString(3, donor.email());
                ps.setString(4, donor.phone());
                ps.setString(5, donor.address());
                ps.setString(6, donor.notes());
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

    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM donor WHERE merged_into IS NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        });
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
}
