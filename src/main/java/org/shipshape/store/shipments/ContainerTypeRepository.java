package org.shipshape.store.shipments;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.store.db.CodedRows;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** Container types (inside and door size, payload, tare), editable data. */
public final class ContainerTypeRepository implements CodedRows<ContainerType> {
    private final Database db;

    public ContainerTypeRepository(Database db) {
        this.db = db;
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public String table() {
        return "container_type";
    }

    /** Every container type, retired ones included, by code. */
    public List<ContainerType> all() {
        return Versioned.values(versioned());
    }

    /** Every container type with the change of it that is stored, by code. */
    @Override
    public List<Versioned<ContainerType>> versioned() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, inside_length_mm, inside_width_mm,"
                    + " inside_height_mm, door_width_mm, door_height_mm, max_payload_g, tare_g, retired, "
                    + RecordVersions.COLUMNS + " FROM container_type ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<Versioned<ContainerType>> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Versioned<>(new ContainerType(rs.getString("code"), rs.getString("name"),
                            rs.getInt("inside_length_mm"), rs.getInt("inside_width_mm"),
                            rs.getInt("inside_height_mm"), rs.getInt("door_width_mm"), rs.getInt("door_height_mm"),
                            Sql.getKg(rs, "max_payload_g"), Sql.getKg(rs, "tare_g"), rs.getInt("retired") != 0),
                            RecordVersions.read(rs)));
                }
                return result;
            }
        });
    }

    @Override
    public Optional<ContainerType> find(String code) {
        return all().stream().filter(t -> t.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    @Override
    public void insert(ContainerType type) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO container_type (name, inside_length_mm,"
                    + " inside_width_mm, inside_height_mm, door_width_mm, door_height_mm, max_payload_g, tare_g,"
                    + " retired, changed_by, changed_at, code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(RecordVersions.bindStamp(ps, bind(ps, type), db), type.code());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Changes every field of the type with this code (the code is its identity: shipments refer to it) while it is
     * still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    @Override
    public void update(ContainerType type, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE container_type SET name = ?, inside_length_mm = ?,"
                    + " inside_width_mm = ?, inside_height_mm = ?, door_width_mm = ?, door_height_mm = ?,"
                    + " max_payload_g = ?, tare_g = ?, retired = ?, " + RecordVersions.STAMP
                    + " WHERE code = ? AND version = ?")) {
                RecordVersions.updateAt(ps, bind(ps, type), db, c, row(type.code()), expectedVersion);
                return null;
            }
        });
    }

    /** How many shipments (of any status) use this container type. */
    public int shipmentsUsing(String code) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM shipment WHERE container_type = ? COLLATE NOCASE")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Binds every field but the code from parameter 1 on; returns the next index. */
    private static int bind(PreparedStatement ps, ContainerType t) throws SQLException {
        ps.setString(1, t.name());
        ps.setInt(2, t.insideLengthMm());
        ps.setInt(3, t.insideWidthMm());
        ps.setInt(4, t.insideHeightMm());
        ps.setInt(5, t.doorWidthMm());
        ps.setInt(6, t.doorHeightMm());
        Sql.setKg(ps, 7, t.maxPayloadKg());
        Sql.setKg(ps, 8, t.tareKg());
        ps.setInt(9, t.retired() ? 1 : 0);
        return 10;
    }
}
