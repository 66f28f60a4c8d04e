package org.shipshape.store.planning;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.planning.StandardBoxSize;
import org.shipshape.store.db.Database;

/** Reads the standard box sizes the load planner uses to answer "how many more fit?". */
public final class BoxSizeQueries {
    private final Database db;

    public BoxSizeQueries(Database db) {
        this.db = db;
    }

    /** In the order the warehouse lists them. */
    public List<StandardBoxSize> standardSizes() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, name, length_cm, width_cm, height_cm FROM box_size ORDER BY sort_order, code");
                 ResultSet rs = ps.executeQuery()) {
                List<StandardBoxSize> sizes = new ArrayList<>();
                while (rs.next()) {
                    sizes.add(new StandardBoxSize(rs.getString("code"), rs.getString("name"), rs.getInt("length_cm"),
                            rs.getInt("width_cm"), rs.getInt("height_cm")));
                }
                return sizes;
            }
        });
    }
}
