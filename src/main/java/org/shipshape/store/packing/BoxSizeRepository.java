package org.shipshape.store.packing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.store.db.CodedRows;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** The standard box sizes: the size buttons of the packing screen and the capacity estimates. */
public final class BoxSizeRepository implements CodedRows<BoxSize> {
    private static final String COLUMNS = "code, name, length_cm, width_cm, height_cm, retired, "
            + RecordVersions.COLUMNS;

    private final Database db;

    public BoxSizeRepository(Database db) {
        this.db = db;
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public String table() {
        return "box_size";
    }

    /** The sizes in use (not retired), in the order of the packing screen's buttons. */
    public List<BoxSize> boxSizes() {
        return Versioned.values(query("SELECT " + COLUMNS + " FROM box_size WHERE retired = 0 ORDER BY sort_order, code"));
    }

    /** Every size, retired ones included, for the editor. */
    public List<BoxSize> all() {
        return Versioned.values(versioned());
    }

    /** Every size with the change of it that is stored, in button order. */
    @Override
    public List<Versioned<BoxSize>> versioned() {
        return query("SELECT " + COLUMNS + " FROM box_size ORDER BY sort_order, code");
    }

    @Override
    public Optional<BoxSize> find(String code) {
        return query("SELECT " + COLUMNS + " FROM box_size WHERE code = ? COLLATE NOCASE", code).stream()
                .map(Versioned::value).findFirst();
    }

    private List<Versioned<BoxSize>> query(String sql, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, parameters);
                List<Versioned<BoxSize>> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Versioned<>(new BoxSize(rs.getString("code"), rs.getString("name"),
                                new Dimensions(rs.getInt("length_cm"), rs.getInt("width_cm"), rs.getInt("height_cm")),
                                rs.getInt("retired") != 0), RecordVersions.read(rs)));
                    }
                }
                return result;
            }
        });
    }

    /** Adds a size after the others. */
    @Override
    public void insert(BoxSize size) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO box_size (code, name, length_cm, width_cm,"
                    + " height_cm, retired, changed_by, changed_at, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " (SELECT coalesce(max(sort_order), 0) + 1 FROM box_size))")) {
                RecordVersions.bindStamp(ps, bind(ps, size), db);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Changes name, dimensions and retirement of the size with this code (the code is its identity) while it is
     * still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    @Override
    public void update(BoxSize size, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE box_size SET name = ?, length_cm = ?,"
                    + " width_cm = ?, height_cm = ?, retired = ?, " + RecordVersions.STAMP + " WHERE code = ?"
                    + " AND version = ?")) {
                ps.setString(1, size.name());
                ps.setInt(2, size.dimensions().lengthCm());
                ps.setInt(3, size.dimensions().widthCm());
                ps.setInt(4, size.dimensions().heightCm());
                ps.setInt(5, size.retired() ? 1 : 0);
                RecordVersions.updateAt(ps, 6, db, c, row(size.code()), expectedVersion);
                return null;
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

    private static int bind(PreparedStatement ps, BoxSize size) throws SQLException {
        ps.setString(1, size.code());
        ps.setString(2, size.name());
        ps.setInt(3, size.dimensions().lengthCm());
        ps.setInt(4, size.dimensions().widthCm());
        ps.setInt(5, size.dimensions().heightCm());
        ps.setInt(6, size.retired() ? 1 : 0);
        return 7;
    }
}
