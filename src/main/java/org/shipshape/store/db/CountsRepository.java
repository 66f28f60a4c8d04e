package org.shipshape.store.db;

import java.sql.ResultSet;
import java.sql.Statement;
import org.shipshape.model.common.WarehouseCounts;

/** Counts of the main records, in one query. */
public final class CountsRepository {
    private final Database db;

    public CountsRepository(Database db) {
        this.db = db;
    }

    public WarehouseCounts counts() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM donor WHERE merged_into IS NULL), (SELECT count(*) FROM donated_item),"
                            + " (SELECT count(*) FROM parcel), (SELECT count(*) FROM shipment)")) {
                rs.next();
                return new WarehouseCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        });
    }
}
