package org.shipshape.store.shipping;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Parcel;
import org.shipshape.store.db.Database;
import org.shipshape.store.packing.ParcelRepository;

/** The content lines of all packages of a shipment in one query (container lists, charts, capacity). */
public final class ShipmentContentsRepository {
    private final Database db;

    public ShipmentContentsRepository(Database db) {
        this.db = db;
    }

    /** A package and its lines, to be stored together. */
    public record NewPackage(Parcel parcel, List<ContentLine> lines) {
    }

    /** Stores all packages with their lines in one transaction: all of them, or none. */
    public void insertAll(List<NewPackage> packages) {
        ParcelRepository parcels = new ParcelRepository(db);
        db.write(c -> {
            for (NewPackage p : packages) {
                parcels.insert(p.parcel(), p.lines());
            }
            return null;
        });
    }

    /** Content lines by package id, each list in line order. */
    public Map<Long, List<ContentLine>> linesByPackage(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.parcel_id, l.line_no, l.category_id,"
                    + " l.description, l.quantity, l.unit, l.condition, l.value_minor, l.net_g, l.hs_code, l.item_id"
                    + " FROM content_line l JOIN parcel p ON p.id = l.parcel_id WHERE p.shipment_id = ?"
                    + " ORDER BY l.parcel_id, l.line_no")) {
                ps.setLong(1, shipmentId);
                Map<Long, List<ContentLine>> result = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ContentLine line = ParcelRepository.mapLine(rs);
                        result.computeIfAbsent(line.parcelId(), id -> new ArrayList<>()).add(line);
                    }
                }
                return result;
            }
        });
    }
}
