package org.shipshape.store.labels;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.store.db.CodedRows;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** Label stock: sheet and roll templates with their calibration offsets and remembered printer. */
public final class LabelStockRepository implements CodedRows<LabelStock> {
    private final Database db;

    public LabelStockRepository(Database db) {
        this.db = db;
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public String table() {
        return "label_stock";
    }

    /** Every label stock, retired ones included, by code. */
    public List<LabelStock> labelStocks() {
        return Versioned.values(versioned());
    }

    /** Every label stock with the change of it that is stored, by code. */
    @Override
    public List<Versioned<LabelStock>> versioned() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, page_width_mm, page_height_mm,"
                    + " columns, rows, label_width_mm, label_height_mm, margin_left_mm, margin_top_mm, pitch_x_mm,"
                    + " pitch_y_mm, offset_x_mm, offset_y_mm, dpi, printer, retired, " + RecordVersions.COLUMNS
                    + " FROM label_stock ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<Versioned<LabelStock>> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Versioned<>(new LabelStock(rs.getString("code"), rs.getString("name"),
                            rs.getDouble("page_width_mm"), rs.getDouble("page_height_mm"), rs.getInt("columns"),
                            rs.getInt("rows"), rs.getDouble("label_width_mm"), rs.getDouble("label_height_mm"),
                            rs.getDouble("margin_left_mm"), rs.getDouble("margin_top_mm"), rs.getDouble("pitch_x_mm"),
                            rs.getDouble("pitch_y_mm"), rs.getDouble("offset_x_mm"), rs.getDouble("offset_y_mm"),
                            Sql.getNullableInt(rs, "dpi"), rs.getString("printer"), rs.getInt("retired") != 0),
                            RecordVersions.read(rs)));
                }
                return result;
            }
        });
    }

    @Override
    public Optional<LabelStock> find(String code) {
        return labelStock(code);
    }

    public Optional<LabelStock> labelStock(String code) {
        return labelStocks().stream().filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    /** The printer chosen for the stock; a change of the stock like any other (the editor then sees it). */
    public void rememberPrinter(String stockCode, String printer) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE label_stock SET printer = ?, "
                    + RecordVersions.STAMP + " WHERE code = ?")) {
                ps.setString(1, printer);
                ps.setString(RecordVersions.bindStamp(ps, 2, db), stockCode);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void insert(LabelStock stock) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO label_stock (name, page_width_mm,"
                    + " page_height_mm, columns, rows, label_width_mm, label_height_mm, margin_left_mm, margin_top_mm,"
                    + " pitch_x_mm, pitch_y_mm, offset_x_mm, offset_y_mm, dpi, printer, retired, changed_by,"
                    + " changed_at, code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(RecordVersions.bindStamp(ps, bind(ps, stock), db), stock.code());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Changes every field of the stock with this code (the code is its identity) while it is still at the version
     * the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    @Override
    public void update(LabelStock stock, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE label_stock SET name = ?, page_width_mm = ?,"
                    + " page_height_mm = ?, columns = ?, rows = ?, label_width_mm = ?, label_height_mm = ?,"
                    + " margin_left_mm = ?, margin_top_mm = ?, pitch_x_mm = ?, pitch_y_mm = ?, offset_x_mm = ?,"
                    + " offset_y_mm = ?, dpi = ?, printer = ?, retired = ?, " + RecordVersions.STAMP
                    + " WHERE code = ? AND version = ?")) {
                RecordVersions.updateAt(ps, bind(ps, stock), db, c, row(stock.code()), expectedVersion);
                return null;
            }
        });
    }

    /** Binds every field but the code from parameter 1 on; returns the next index. */
    private static int bind(PreparedStatement ps, LabelStock s) throws SQLException {
        ps.setString(1, s.name());
        ps.setDouble(2, s.pageWidthMm());
        ps.setDouble(3, s.pageHeightMm());
        ps.setInt(4, s.columns());
        ps.setInt(5, s.rows());
        ps.setDouble(6, s.labelWidthMm());
        ps.setDouble(7, s.labelHeightMm());
        ps.setDouble(8, s.marginLeftMm());
        ps.setDouble(9, s.marginTopMm());
        ps.setDouble(10, s.pitchXMm());
        ps.setDouble(11, s.pitchYMm());
        ps.setDouble(12, s.offsetXMm());
        ps.setDouble(13, s.offsetYMm());
        Sql.setNullableInt(ps, 14, s.dpi());
        ps.setString(15, s.printer());
        ps.setInt(16, s.retired() ? 1 : 0);
        return 17;
    }
}
