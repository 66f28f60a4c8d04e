package org.shipshape.logic.shipments;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.io.CsvExport;
import org.shipshape.logic.io.CsvStyle;
import org.shipshape.logic.io.SpreadsheetText;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * Container lists for the forwarder as CSV or XLSX. Both hold two tables: one row per package with a totals row,
 * and one row per content line. XLSX puts them on two sheets; CSV writes two files, {@code list.csv} (packages)
 * and {@code list-lines.csv} (lines) beside it. Text that a spreadsheet could run as a formula is neutralised.
 */
public final class ContainerListExport {
    public static final List<String> PACKAGE_COLUMNS = List.of("package", "kind", "length_cm", "width_cm",
            "height_cm", "volume_m3", "gross_kg", "contents", "hs_codes", "value");
    public static final List<String> LINE_COLUMNS = List.of("package", "line", "category", "description",
            "quantity", "unit", "condition", "hs_code", "net_kg", "value");
    public static final String TOTAL = "TOTAL";

    private final Workspace workspace;

    public ContainerListExport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The list as it would be exported now. */
    public ContainerList build(long shipmentId) {
        Shipment shipment = new ShipmentRepository(workspace.database()).findById(shipmentId)
                .orElseThrow(() -> new IllegalStateException("No shipment with id " + shipmentId));
        ShipmentPackages reader = new ShipmentPackages(workspace.database());
        List<ShipmentPackage> all = reader.all(shipmentId);
        List<ShipmentPackage> loaded = reader.inLoadingOrder(shipmentId, all);
        List<ShipmentPackage> packages = loaded.isEmpty() ? all : loaded;
        Map<Long, String> names = reader.categoryNames();
        packages.forEach(p -> p.lines().forEach(l -> names.computeIfAbsent(l.categoryId(), id -> "Category " + id)));
        return new ContainerList(shipment, packages, names);
    }

    /** The CSV file of the content lines that goes with a packages CSV: {@code list.csv} -> {@code list-lines.csv}. */
    public static Path linesFileFor(Path packagesCsv) {
        String name = packagesCsv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String lines = dot > 0 ? name.substring(0, dot) + "-lines" + name.substring(dot) : name + "-lines";
        return packagesCsv.resolveSibling(lines);
    }

    /**
     * Writes the packages CSV to the target and the lines CSV beside it, as one set (both or neither), in the
     * style of the setting {@link CsvStyle#SETTING} (comma separated, decimal point when it is not set); returns
     * both files.
     */
    public List<Path> writeCsv(long shipmentId, Path target) throws IOException {
        return writeCsv(shipmentId, target, CsvStyle.fromSetting(new SettingsRepository(workspace.database())
                .get(CsvStyle.SETTING)));
    }

    /** Writes the packages CSV to the target and the lines CSV beside it in the given style; returns both files. */
    public List<Path> writeCsv(long shipmentId, Path target, CsvStyle style) throws IOException {
        ContainerList list = build(shipmentId);
        List<List<?>> packageRows = new ArrayList<>();
        for (ShipmentPackage p : list.packages()) {
            packageRows.add(packageRow(p));
        }
        packageRows.add(totalsRow(list));
        List<List<?>> lineRows = new ArrayList<>();
        for (ShipmentPackage p : list.packages()) {
            for (ContentLine line : p.lines()) {
                lineRows.add(lineRow(list, p, line));
            }
        }
        Path linesFile = linesFileFor(target);
        // one set: if either file cannot be written or replaced, both keep their old content, so the pair matches
        Map<Path, AtomicFileWriter.Content> pair = new LinkedHashMap<>();
        pair.put(target, CsvExport.content(PACKAGE_COLUMNS, packageRows, style));
        pair.put(linesFile, CsvExport.content(LINE_COLUMNS, lineRows, style));
        AtomicFileWriter.writeAll(pair);
        return List.of(target, linesFile);
    }

    public void writeXlsx(long shipmentId, Path target) throws IOException {
        ContainerList list = build(shipmentId);
        AtomicFileWriter.write(target, out -> writeXlsx(list, out));
    }

    /** Writes both sheets; public so the benchmark can time the writing alone. */
    public static void writeXlsx(ContainerList list, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Shipshape", "1.0");
        Worksheet packages = workbook.newWorksheet("Packages");
        header(packages, PACKAGE_COLUMNS);
        int row = 1;
        for (ShipmentPackage p : list.packages()) {
            cells(packages, row++, packageRow(p));
        }
        cells(packages, row, totalsRow(list));
        packages.range(row, 0, row, PACKAGE_COLUMNS.size() - 1).style().bold().set();
        Worksheet lines = workbook.newWorksheet("Content lines");
        header(lines, LINE_COLUMNS);
        row = 1;
        for (ShipmentPackage p : list.packages()) {
            for (ContentLine line : p.lines()) {
                cells(lines, row++, lineRow(list, p, line));
            }
        }
        workbook.finish();
    }

    private static void header(Worksheet sheet, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    private static void cells(Worksheet sheet, int row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number n) {
                sheet.value(row, c, n);
            } else if (value != null && !value.toString().isEmpty()) {
                sheet.value(row, c, SpreadsheetText.neutralise(value.toString()));
            }
        }
    }

    private static List<?> packageRow(ShipmentPackage p) {
        Dimensions d = p.pkg().dimensions();
        return Arrays.asList(p.number(), p.pkg().kind().code(), d == null ? null : d.lengthCm(),
                d == null ? null : d.widthCm(), d == null ? null : d.heightCm(), p.volumeM3(), p.grossKg(),
                p.contents(), p.hsCodes(), p.value());
    }

    private static List<?> totalsRow(ContainerList list) {
        return Arrays.asList(TOTAL, list.packages().size() + " packages", null, null, null, list.totalVolumeM3(),
                list.totalGrossKg(), list.lineCount() + " lines", null, list.totalValue());
    }

    private static List<?> lineRow(ContainerList list, ShipmentPackage p, ContentLine line) {
        return Arrays.asList(p.number(), line.lineNo(), list.categoryName(line.categoryId()), line.description(),
                line.quantity().stripTrailingZeros(), line.unit(), line.condition().code(), line.hsCode(),
                line.netKg(), line.value() == null ? BigDecimal.ZERO.setScale(2) : line.value());
    }
}
