package org.shipshape.logic.shipments;

import org.shipshape.logic.loading.LoadingService;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.safety.ImmutableFile;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.io.CsvStyle;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.settings.SettingsRepository;

class ContainerListExportTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Shipment shipment;
    ContainerListExport export;

    @BeforeEach
    void open() {
        workspace = ShippingFixture.open(folder);
        ShippingFixture fixture = new ShippingFixture(workspace);
        shipment = fixture.shipment("MLI-2026-01", "40HC");
        fixture.sealedBox(shipment.id(), "MLI-0001", "12.5");
        fixture.sealedBox(shipment.id(), "MLI-0002", "20.25");
        fixture.sealedBox(shipment.id(), "MLI-0003", "7");
        LoadingService loading = new LoadingService(workspace);
        loading.load(shipment.id(), "MLI-0003");
        loading.load(shipment.id(), "MLI-0001");
        export = new ContainerListExport(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Totals of the loaded packages straight from the repositories: gross kg, value, line count. */
    private BigDecimal[] databaseTotals() {
        PackageRepository packages = new PackageRepository(workspace.database());
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal lines = BigDecimal.ZERO;
        for (Package p : packages.findByShipment(shipment.id())) {
            if (p.status() == org.shipshape.model.packing.PackageStatus.LOADED) {
                gross = gross.add(p.grossKg());
                for (ContentLine line : packages.linesOf(p.id())) {
                    value = value.add(line.value());
                    lines = lines.add(BigDecimal.ONE);
                }
            }
        }
        return new BigDecimal[] {gross, value, lines};
    }

    @Test
    void csvListsTheLoadedPackagesInLoadingOrderWithTotalsEqualToTheDatabase() throws Exception {
        Path target = folder.resolve("list.csv");

        List<Path> written = export.writeCsv(shipment.id(), target);

        assertThat(written).containsExactly(target, folder.resolve("list-lines.csv"));
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> packages = parse(target);
        assertThat(packages.get(0).toList()).isEqualTo(ContainerListExport.PACKAGE_COLUMNS);
        assertThat(packages).extracting(r -> r.get(0)).containsExactly("package", "MLI-0003", "MLI-0001", "TOTAL");
        CSVRecord totals = packages.get(3);
        BigDecimal[] db = databaseTotals();
        assertThat(new BigDecimal(totals.get("gross_kg"))).isEqualByComparingTo(db[0]).isEqualByComparingTo("19.5");
        assertThat(new BigDecimal(totals.get("value"))).isEqualByComparingTo(db[1]);
        assertThat(new BigDecimal(totals.get("volume_m3"))).isEqualByComparingTo("0.192");
        assertThat(packages.get(1).get("contents")).isEqualTo("Men's cotton shirts, used, 20 pcs; =Towels, cotton, 5 pcs");
        assertThat(packages.get(1).get("hs_codes")).isEqualTo("6309.00; 6302.60");

        List<CSVRecord> lines = parse(folder.resolve("list-lines.csv"));
        assertThat(lines).hasSize(1 + db[2].intValue());
        assertThat(lines.get(2).get("description")).as("formula neutralised").isEqualTo("'=Towels, cotton");
        assertThat(lines.get(2).get("category")).isEqualTo("Towels");
        BigDecimal lineValues = lines.stream().skip(1).map(r -> new BigDecimal(r.get("value")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lineValues).isEqualByComparingTo(db[1]);
    }

    @Test
    void forAFrenchSpreadsheetTheCsvHasSemicolonsAndDecimalCommas() throws Exception {
        Path target = folder.resolve("liste.csv");

        export.writeCsv(shipment.id(), target, CsvStyle.forLocale(Locale.FRENCH));

        String firstLines = Files.readString(target, StandardCharsets.UTF_8).lines().limit(2)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(firstLines).startsWith("\uFEFFpackage;kind;length_cm;width_cm;height_cm;volume_m3;gross_kg;");
        List<CSVRecord> packages = parse(target, ';');
        assertThat(packages).extracting(r -> r.get("package")).containsExactly("package", "MLI-0003", "MLI-0001",
                "TOTAL");
        assertThat(packages.get(3).get("gross_kg")).isEqualTo("19,500");
        assertThat(packages.get(2).get("gross_kg")).isEqualTo("12,500");
        assertThat(packages.get(1).get("hs_codes")).as("HS codes are text, not numbers").isEqualTo("6309.00; 6302.60");
        assertThat(parse(folder.resolve("liste-lines.csv"), ';').get(1).get("value")).contains(",")
                .doesNotContain(".");
    }

    @Test
    void theSettingChoosesTheStyleWhenTheCommandDoesNot() throws Exception {
        new SettingsRepository(workspace.database()).put(CsvStyle.SETTING, "fr");
        Path target = folder.resolve("set.csv");

        export.writeCsv(shipment.id(), target);

        assertThat(parse(target, ';').get(3).get("gross_kg")).isEqualTo("19,500");
        new SettingsRepository(workspace.database()).put(CsvStyle.SETTING, "en");
        export.writeCsv(shipment.id(), target);
        assertThat(parse(target).get(3).get("gross_kg")).isEqualTo("19.500");
    }

    @Test
    void hsCodesAreTextCellsInTheXlsxSoNoTrailingZeroIsLost() throws Exception {
        Path target = folder.resolve("codes.xlsx");

        export.writeXlsx(shipment.id(), target);

        try (ReadableWorkbook workbook = new ReadableWorkbook(target.toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            Row firstPackage = sheets.get(0).read().get(1);
            assertThat(firstPackage.getCell(8).getType()).isEqualTo(CellType.STRING);
            assertThat(firstPackage.getCellAsString(8)).hasValue("6309.00; 6302.60");
            Row firstLine = sheets.get(1).read().get(1);
            assertThat(firstLine.getCell(7).getType()).isEqualTo(CellType.STRING);
            assertThat(firstLine.getCellAsString(7)).hasValue("6309.00");
        }
    }

    /** Reads the file after its byte-order mark, header row included as the first record. */
    private static List<CSVRecord> parse(Path file) throws Exception {
        return parse(file, ',');
    }

    private static List<CSVRecord> parse(Path file, char delimiter) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        List<CSVRecord> records = format.parse(new java.io.StringReader(text)).getRecords();
        List<String> header = records.get(0).toList();
        return format.builder().setHeader(header.toArray(String[]::new)).get()
                .parse(new java.io.StringReader(text)).getRecords();
    }

    @Test
    void xlsxHasAPackagesSheetWithTotalsAndALinesSheet() throws Exception {
        Path target = folder.resolve("list.xlsx");

        export.writeXlsx(shipment.id(), target);

        BigDecimal[] db = databaseTotals();
        try (ReadableWorkbook workbook = new ReadableWorkbook(target.toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Packages", "Content lines");
            List<Row> packages = sheets.get(0).read();
            assertThat(packages).hasSize(4);
            assertThat(packages.get(1).getCellAsString(0)).contains("MLI-0003");
            Row totals = packages.get(3);
            assertThat(totals.getCellAsString(0)).contains("TOTAL");
            assertThat(totals.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(db[0]);
            assertThat(totals.getCellAsNumber(9).orElseThrow()).isEqualByComparingTo(db[1]);
            List<Row> lines = sheets.get(1).read();
            assertThat(lines).hasSize(1 + db[2].intValue());
            assertThat(lines.get(2).getCellAsString(3)).contains("'=Towels, cotton");
            BigDecimal lineValues = lines.stream().skip(1).map(r -> r.getCellAsNumber(9).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(lineValues).isEqualByComparingTo(db[1]);
        }
    }

    @Test
    void beforeLoadingTheListHoldsEveryPackageOfTheShipment() {
        ShippingFixture fixture = new ShippingFixture(workspace);
        Shipment planned = fixture.shipment("MLI-2026-02", "20GP");
        fixture.sealedBoxes(planned.id(), "NEW", 3);

        ContainerList list = export.build(planned.id());

        assertThat(list.packages()).extracting(ShipmentPackage::number).containsExactly("NEW-0001", "NEW-0002",
                "NEW-0003");
        assertThat(list.totalValue()).isEqualByComparingTo("37.50");
    }

    @Test
    void whenTheLinesFileCannotBeReplacedThePackagesFileKeepsItsOldContentToo() throws Exception {
        Path target = folder.resolve("list.csv");
        export.writeCsv(shipment.id(), target);
        byte[] packagesBefore = Files.readAllBytes(target);
        Path lines = ContainerListExport.linesFileFor(target);
        byte[] linesBefore = Files.readAllBytes(lines);
        new LoadingService(workspace).load(shipment.id(), "MLI-0002"); // the list changes

        try (ImmutableFile locked = ImmutableFile.of(lines)) {
            assertThatThrownBy(() -> export.writeCsv(shipment.id(), target))
                    .isInstanceOfSatisfying(AtomicFileWriter.FileInUseException.class,
                            e -> assertThat(e.file()).isEqualTo(lines));
        }
        assertThat(Files.readAllBytes(target)).as("the pair still matches").isEqualTo(packagesBefore);
        assertThat(Files.readAllBytes(lines)).isEqualTo(linesBefore);
    }

    @Test
    void exportedFilesGetTheUsersNormalPermissions() throws Exception {
        Path reference = Files.createFile(folder.resolve("saved-by-any-program.txt"));
        Path target = folder.resolve("list.csv");
        export.writeCsv(shipment.id(), target);
        export.writeXlsx(shipment.id(), folder.resolve("list.xlsx"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(folder.resolve("list.xlsx")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
    }
}
