package org.shipshape.store.shipments;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.shipments.ArrivalRecord;
import org.shipshape.model.shipments.ArrivalState;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** What the partner reported on arrival: per package received, missing or damaged, plus remarks. */
public final class ArrivalRepository {
    private final Database db;

    public ArrivalRepository(Database db) {
        this.db = db;
    }

    /** Stores (or replaces) the given package reports and the partner's remarks, in one transaction. */
    public void record(long shipmentId, List<ArrivalRecord> records, String partnerRemarks) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO arrival_record (shipment_id, parcel_id,"
                    + " state, remarks, recorded_at) VALUES (?,?,?,?,?) ON CONFLICT (shipment_id, parcel_id)"
                    + " DO UPDATE SET state = excluded.state, remarks = excluded.remarks,"
                    + " recorded_at = excluded.recorded_at")) {
                for (ArrivalRecord r : records) {
                    ps.setLong(1, shipmentId);
                    ps.setLong(2, r.packageId());
                    ps.setString(3, r.state().code());
                    ps.setString(4, r.remarks());
                    Sql.setInstant(ps, 5, r.recordedAt() == null ? Instant.now() : r.recordedAt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            new ShipmentRepository(db).setPartnerRemarks(shipmentId, partnerRemarks);
            return null;
        });
    }

    public List<ArrivalRecord> recordsOf(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT shipment_id, parcel_id, state, remarks,"
                    + " recorded_at FROM arrival_record WHERE shipment_id = ? ORDER BY parcel_id")) {
                ps.setLong(1, shipmentId);
                List<ArrivalRecord> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new ArrivalRecord(rs.getLong("shipment_id"), rs.getLong("parcel_id"),
                                Sql.getEnum(rs, "state", ArrivalState.class), rs.getString("remarks"),
                                Sql.getInstant(rs, "recorded_at")));
                    }
                }
                return result;
            }
        });
    }
}
