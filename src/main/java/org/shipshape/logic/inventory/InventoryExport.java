package org.shipshape.logic.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.io.CsvExport;
import org.shipshape.logic.io.SpreadsheetText;
import org.shipshape.model.inventory.InventoryRow;

/** Writes exactly the inventory rows shown (after filter and sort) as CSV for Excel or as XLSX. */
public final class InventoryExport {
    static final List<String> HEADER = List.of("id", "received_on", "donor", "category", "description", "quantity",
            "unit", "condition", "unit_value", "currency", "unit_kg", "total_kg", "total_value", "location", "status");

    private InventoryExport() {
    }

    public static void csv(List<InventoryRow> rows, Path target) throws IOException {
        List<List<?>> lines = new ArrayList<>(rows.size());
        rows.forEach(row -> lines.add(cells(row)));
        CsvExport.write(target, HEADER, lines);
    }

    public static void xlsx(List<InventoryRow> rows, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> {
            Workbook workbook = new Workbook(out, "Shipshape", "1.0");
            Worksheet sheet = workbook.newWorksheet("Inventory");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<?> cells = cells(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (cell != null) {
                        sheet.value(r + 1, c, SpreadsheetText.neutralise(cell.toString()));
                    }
                }
            }
            workbook.finish();
        });
    }

    private static List<?> cells(InventoryRow row) {
        List<Object> cells = new ArrayList<>(HEADER.size());
        cells.add(row.id());
        cells.add(row.receivedOn().toString());
        cells.add(row.donorName());
        cells.add(row.categoryName());
        cells.add(row.description());
        cells.add(row.quantity());
        cells.add(row.unit());
        cells.add(row.condition().code());
        cells.add(row.unitValue());
        cells.add(row.currency());
        cells.add(row.unitKg() == null ? "" : row.unitKg());
        cells.add(row.totalKg());
        cells.add(row.totalValue());
        cells.add(row.location() == null ? "" : row.location());
        cells.add(row.status().code());
        return cells;
    }
}
