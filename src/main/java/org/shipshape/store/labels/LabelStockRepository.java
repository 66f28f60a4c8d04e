package org.shipshape.store.labels;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** Label stock: sheet and roll templates with their calibration offsets and remembered printer. */
public final class LabelStockRepository {
    private final Database db;

    public LabelStockRepository(Database db) {
        this.db = db;
    }

    public List<LabelStock> labelStocks() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, page_width_mm, page_height_mm,"
                    + " columns, rows, label_width_mm, label_height_mm, margin_left_mm, margin_top_mm, pitch_x_mm,"
                    + " pitch_y_mm, offset_x_mm, offset_y_mm, dpi, printer FROM label_stock ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<LabelStock> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new LabelStock(rs.getString("code"), rs.getString("name"),
                            rs.getDouble("page_width_mm"), rs.getDouble("page_height_mm"), rs.getInt("columns"),
                            rs.getInt("rows"), rs.getDouble("label_width_mm"), rs.getDouble("label_height_mm"),
                            rs.getDouble("margin_left_mm"), rs.getDouble("margin_top_mm"), rs.getDouble("pitch_x_mm"),
                            rs.getDouble("pitch_y_mm"), rs.getDouble("offset_x_mm"), rs.getDouble("offset_y_mm"),
                            Sql.getNullableInt(rs, "dpi"), rs.getString("printer")));
                }
                return result;
            }
        });
    }

    public Optional<LabelStock> labelStock(String code) {
        return labelStocks().stream().filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    public void rememberPrinter(String stockCode, String printer) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE label_stock SET printer = ? WHERE code = ?")) {
                ps.setString(1, printer);
                ps.setString(2, stockCode);
                return ps.executeUpdate();
            }
        });
    }
}
