package org.shipshape.store.packing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.store.db.Database;

/** The standard box sizes: the size buttons of the packing screen and the capacity estimates. */
public final class BoxSizeRepository {
    private static final String COLUMNS = "code, name, length_cm, width_cm, height_cm, retired";

    private final Database db;

    public BoxSizeRepository(Database db) {
        this.db = db;
    }

    /** The sizes in use (not retired), in the order of the packing screen's buttons. */
    public List<BoxSize> boxSizes() {
        return query("SELECT " + COLUMNS + " FROM box_size WHERE retired = 0 ORDER BY sort_order, code");
    }

    /** Every size, retired ones included, for the editor. */
    public List<BoxSize> all() {
        return query("SELECT " + COLUMNS + " FROM box_size ORDER BY sort_order, code");
    }

    public Optional<BoxSize> find(String code) {
        return query("SELECT " + COLUMNS + " FROM box_size WHERE code = ? COLLATE NOCASE", code).stream().findFirst();
    }

    private List<BoxSize> query(String sql, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                List<BoxSize> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new BoxSize(rs.getString("code"), rs.getString("name"), new Dimensions(
                                rs.getInt("length_cm"), rs.getInt("width_cm"), rs.getInt("height_cm")),
                                rs.getInt("retired") != 0));
                    }
                }
                return result;
            }
        });
    }

    /** Adds a size after the others. */
    public void insert(BoxSize size) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO box_size (code, name, length_cm, width_cm,"
                    + " height_cm, sort_order, retired) VALUES (?, ?, ?, ?, ?,"
                    + " (SELECT coalesce(max(sort_order), 0) + 1 FROM box_size), ?)")) {
                bind(ps, size);
                return ps.executeUpdate();
            }
        });
    }

    /** Changes name and dimensions of the size with this code (the code is its identity). */
    public void update(BoxSize size) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE box_size SET code = ?, name = ?, length_cm = ?,"
                    + " width_cm = ?, height_cm = ?, retired = ? WHERE code = ?")) {
                bind(ps, size);
                ps.setString(7, size.code());
                return ps.executeUpdate();
            }
        });
    }

    public void delete(String code) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM box_size WHERE code = ?")) {
                ps.setString(1, code);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * How many packages were measured with this size: packages have no size code, only their dimensions, so a
     * package counts when it has exactly these.
     */
    public int packagesMeasuredWith(Dimensions dimensions) {
        return db.read(c -> count(c, dimensions));
    }

    private static int count(Connection c, Dimensions d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM parcel WHERE length_cm = ?"
                + " AND width_cm = ? AND height_cm = ?")) {
            ps.setInt(1, d.lengthCm());
            ps.setInt(2, d.widthCm());
            ps.setInt(3, d.heightCm());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement ps, BoxSize size) throws SQLException {
        ps.setString(1, size.code());
        ps.setString(2, size.name());
        ps.setInt(3, size.dimensions().lengthCm());
        ps.setInt(4, size.dimensions().widthCm());
        ps.setInt(5, size.dimensions().heightCm());
        ps.setInt(6, size.retired() ? 1 : 0);
    }
}
