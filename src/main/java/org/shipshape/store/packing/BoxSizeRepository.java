package org.shipshape.store.packing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.store.db.Database;

/** The standard box sizes: the size buttons of the packing screen and the capacity estimates. */
public final class BoxSizeRepository {
    private final Database db;

    public BoxSizeRepository(Database db) {
        this.db = db;
    }

    public List<BoxSize> boxSizes() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, length_cm, width_cm, height_cm"
                    + " FROM box_size ORDER BY sort_order, code"); ResultSet rs = ps.executeQuery()) {
                List<BoxSize> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new BoxSize(rs.getString("code"), rs.getString("name"), new Dimensions(
                            rs.getInt("length_cm"), rs.getInt("width_cm"), rs.getInt("height_cm"))));
                }
                return result;
            }
        });
    }
}
