package org.shipshape.store.home;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.home.CategoryWaiting;
import org.shipshape.model.home.WarehouseProgress;
import org.shipshape.store.db.Database;

/** The counts behind the home screen, read only. */
public final class HomeQuery {
    private final Database db;

    public HomeQuery(Database db) {
        this.db = db;
    }

    public WarehouseProgress progress() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT"
                    + " (SELECT count(*) FROM organisation WHERE trim(name) <> '' AND trim(address) <> ''),"
                    + " (SELECT count(*) FROM donated_item),"
                    + " (SELECT count(*) FROM parcel WHERE status IN ('sealed', 'loaded')),"
                    + " (SELECT count(*) FROM shipment),"
                    + " (SELECT count(*) FROM shipment s WHERE EXISTS (SELECT 1 FROM load_record l"
                    + "     WHERE l.shipment_id = s.id) AND NOT EXISTS (SELECT 1 FROM parcel p WHERE p.shipment_id = s.id"
                    + "     AND p.parent_id IS NULL AND p.id NOT IN (SELECT parcel_id FROM load_record))),"
                    + " (SELECT count(*) FROM document_revision WHERE kind = 'packing-list'),"
                    + " (SELECT count(*) FROM donated_item WHERE status = 'in-stock')")) {
                rs.next();
                return new WarehouseProgress(rs.getLong(1) > 0, rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7));
            }
        });
    }

    /** The categories with most items in stock, most first. */
    public List<CategoryWaiting> waitingByCategory(int limit) {
        return db.read(c -> {
            // counted per category id, then named: joining first looked the category up for every item in stock
            try (PreparedStatement ps = c.prepareStatement("SELECT c.name, w.n FROM (SELECT category_id, count(*) AS n"
                    + " FROM donated_item WHERE status = 'in-stock' GROUP BY category_id) w"
                    + " JOIN category c ON c.id = w.category_id ORDER BY w.n DESC, c.name LIMIT ?")) {
                ps.setInt(1, limit);
                List<CategoryWaiting> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new CategoryWaiting(rs.getString(1), rs.getLong(2)));
                    }
                }
                return result;
            }
        });
    }
}
