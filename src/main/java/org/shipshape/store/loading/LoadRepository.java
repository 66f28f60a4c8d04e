package org.shipshape.store.loading;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.loading.LoadRecord;
import org.shipshape.store.db.Database;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentRepository;
import org.shipshape.store.db.Sql;

/** Which package went into which container, in order. Loading a package also marks it loaded. */
public final class LoadRepository {
    private final Database db;

    public LoadRepository(Database db) {
        this.db = db;
    }

    /**
     * Records the load, marks the package loaded and moves a shipment still in planning or packing to loading,
     * in one transaction; returns the loading sequence.
     */
    public int load(long shipmentId, long packageId, Instant at, String by) {
        return db.write(c -> {
            int sequence;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(sequence), 0) + 1 FROM load_record WHERE shipment_id = ?")) {
                ps.setLong(1, shipmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    sequence = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO load_record (shipment_id, parcel_id,"
                    + " sequence, loaded_at, loaded_by) VALUES (?,?,?,?,?)")) {
                ps.setLong(1, shipmentId);
                ps.setLong(2, packageId);
                ps.setInt(3, sequence);
                Sql.setInstant(ps, 4, at);
                ps.setString(5, by);
                ps.executeUpdate();
            }
            new PackageRepository(db).updateStatus(packageId, PackageStatus.LOADED);
            new ShipmentRepository(db).markLoadingStarted(shipmentId);
            return sequence;
        });
    }

    /** Removes a load and puts the package back to sealed, in one transaction. */
    public void unload(long shipmentId, long packageId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM load_record WHERE shipment_id = ? AND parcel_id = ?")) {
                ps.setLong(1, shipmentId);
                ps.setLong(2, packageId);
                ps.executeUpdate();
            }
            new PackageRepository(db).updateStatus(packageId, PackageStatus.SEALED);
            return null;
        });
    }

    /** Sum of the gross weight of the packages loaded into the shipment's container. */
    public BigDecimal loadedGrossKg(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(p.gross_g), 0) FROM load_record l"
                    + " JOIN parcel p ON p.id = l.parcel_id WHERE l.shipment_id = ?")) {
                ps.setLong(1, shipmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Decimals.fromGrams(rs.getLong(1));
                }
            }
        });
    }

    /** The load with the highest sequence, the one "undo last scan" takes back. */
    public Optional<LoadRecord> lastLoad(long shipmentId) {
        List<LoadRecord> loads = loadsOf(shipmentId);
        return loads.isEmpty() ? Optional.empty() : Optional.of(loads.get(loads.size() - 1));
    }

    public List<LoadRecord> loadsOf(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT shipment_id, parcel_id, sequence, loaded_at,"
                    + " loaded_by FROM load_record WHERE shipment_id = ? ORDER BY sequence")) {
                ps.setLong(1, shipmentId);
                List<LoadRecord> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new LoadRecord(rs.getLong("shipment_id"), rs.getLong("parcel_id"),
                                rs.getInt("sequence"), Sql.getInstant(rs, "loaded_at"), rs.getString("loaded_by")));
                    }
                }
                return result;
            }
        });
    }
}
