package org.shipshape.logic.imports;

import org.shipshape.logic.text.Texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.WarehouseCounts;
import org.shipshape.model.intake.TestResult;
import org.shipshape.store.intake.ItemRepository;

/**
 * Numbers, dates and headers that once slipped through the importers (issue 14, items 4, 5, 10 and 15): each is
 * now a numbered row error and nothing is written, or (for the test record and UTF-16) read correctly.
 */
class ImportBoundsTest {
    private static final String HEADER = "donor,received_on,category,description,quantity,unit,condition,unit_value,"
            + "currency,unit_kg,location";
    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Imports one item row with the given cell replaced; returns the problems (empty when imported). */
    private List<String> importItemWith(String column, String value) throws Exception {
        List<String> columns = List.of(HEADER.split(","));
        String[] cells = {"Ana", "2026-03-14", "Books", "picture books", "12", "pcs", "used-good", "3.50", "EUR", "0.4",
            "Bay 2"};
        cells[columns.indexOf(column)] = value;
        Path csv = file("items.csv", HEADER + "\n" + String.join(",", cells) + "\n");
        WarehouseCounts before = workspace.counts();
        try {
            new ItemImport(workspace).run(csv, false, Progress.NONE);
            return List.of();
        } catch (UserInputException e) {
            assertThat(workspace.counts()).as("nothing written").isEqualTo(before);
            return Texts.english(e);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "quantity | 1e309 | is more than Shipshape accepts (quantity: at most 1,000,000)",
        "quantity | 12345678901234567890 | is more than Shipshape accepts (quantity",
        "quantity | 1e17 | is more than Shipshape accepts (quantity",
        "quantity | 1e-999999999 | is finer than Shipshape keeps (quantity: 0.001); round it to 3 decimals",
        "unit_kg | 0.0004 | is finer than Shipshape keeps (weight in kg: 0.001 kg, a gram)",
        "unit_kg | 1e30 | is more than Shipshape accepts (weight in kg",
        "unit_value | 0.004 | is finer than Shipshape keeps (amount: 0.01, a cent); round it to 2 decimals",
        "unit_value | 1e17 | is more than Shipshape accepts (amount",
        "unit_value | -1e309 | must be 0 or more",
        "received_on | 0000-01-01 | is in the year 0, outside 1900-2199",
        "received_on | +99999-01-01 | is in the year 99999, outside 1900-2199",
    })
    void anOddNumberOrDateIsARowErrorAndNothingIsWritten(String column, String value, String message)
            throws Exception {
        assertThat(importItemWith(column, value)).first().asString()
                .startsWith("items.csv:2: " + column + ": ").contains(message);
    }

    @Test
    void numbersAtTheBoundsAreImported() throws Exception {
        assertThat(importItemWith("quantity", "1000000")).isEmpty();
        assertThat(importItemWith("unit_kg", "0.001")).isEmpty();
        assertThat(importItemWith("unit_value", "10000000")).isEmpty();
        assertThat(importItemWith("received_on", "1900-01-01")).isEmpty();
    }

    /** 1e-999999999 once took 18 s of CPU; the guard makes a return of that a failure, not a slow suite. */
    @Test
    @Timeout(5)
    void aHugeExponentIsRefusedWithoutWorkingThroughItsDigits() throws Exception {
        assertThat(importItemWith("unit_value", "1e-999999999")).first().asString()
                .contains("is finer than Shipshape keeps");
    }

    @Test
    void aDuplicateColumnNameIsRefused() throws Exception {
        Path csv = file("twice.csv", HEADER + ",quantity\nAna,2026-03-14,Books,picture books,12,pcs,used-good,3.50,EUR,"
                + "0.4,Bay 2,99\n");
        assertThatThrownBy(() -> new ItemImport(workspace).run(csv, false, Progress.NONE))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e)).first().asString()
                        .isEqualTo("twice.csv:1: quantity: the column appears more than once in the header row; keep"
                                + " one (Shipshape would not know which to read)"));
        assertThat(workspace.counts().items()).isZero();
    }

    @Test
    void theTestRecordColumnsOfTheSampleFilesAreImported() throws Exception {
        Path csv = file("tested.csv", HEADER + ",tested_on,tested_by,test_result\n"
                + "Ana,2025-10-10,Laptops,\"laptop 15 in, wiped\",7,pcs,used-good,129.47,EUR,2.5,D-11-2,2025-10-16,"
                + "Luc P.,working\n");
        new ItemImport(workspace).run(csv, false, Progress.NONE);
        var item = new ItemRepository(workspace.database()).findById(
                new ItemRepository(workspace.database()).idsInOrder().get(0)).orElseThrow();
        assertThat(item.testRecord()).isNotNull();
        assertThat(item.testRecord().testedBy()).isEqualTo("Luc P.");
        assertThat(item.testRecord().result()).isEqualTo(TestResult.WORKING);
        assertThat(item.testRecord().testedOn()).hasToString("2025-10-16");
    }

    @Test
    void aTestRecordWithAMissingPartIsARowError() throws Exception {
        Path csv = file("half.csv", HEADER + ",tested_on,tested_by,test_result\n"
                + "Ana,2025-10-10,Laptops,laptop,7,pcs,used-good,129.47,EUR,2.5,D-11-2,2025-10-16,,working\n");
        assertThatThrownBy(() -> new ItemImport(workspace).run(csv, false, Progress.NONE))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e)).first().asString()
                        .startsWith("half.csv:2: tested_by: a test record needs"));
    }

    @Test
    void excelUnicodeTextUtf16WithBomIsRead() throws Exception {
        String text = (HEADER + "\nȘtefan Popescu,2026-03-14,Books,cărți pentru copii,12,pcs,used-good,3.50,EUR,0.4,"
                + "Bay 2\n").replace(',', '\t');
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path csv = Files.write(dir.resolve("unicode.txt"), bytes);
        ImportResult result = new ItemImport(workspace).run(csv, false, Progress.NONE);
        assertThat(result.written()).isEqualTo(1);
        var item = new ItemRepository(workspace.database()).findById(
                new ItemRepository(workspace.database()).idsInOrder().get(0)).orElseThrow();
        assertThat(item.description()).isEqualTo("cărți pentru copii");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "quantity | 1e309 | is more than Shipshape accepts (quantity: at most 1,000,000)",
        "gross_kg | 1e30 | is more than Shipshape accepts (weight in kg",
        "gross_kg | 0.0004 | is finer than Shipshape keeps (weight in kg",
        "length_cm | 12.5 | round it to a whole number",
        "length_cm | 99999999999999999999 | is more than Shipshape accepts (size in cm: at most 1,500)",
        "value | 0.004 | is finer than Shipshape keeps (amount",
        "package | CAFÉ-1 | it has \"É\", which a barcode label cannot hold",
    })
    void packageImportRefusesTheSameNumbersAndForeignPackageNumbers(String column, String value, String message)
            throws Exception {
        new ShippingFixture(workspace).shipment("MLI-2026-09", "20GP");
        List<String> columns = List.of(PackageImport.COLUMNS.toArray(String[]::new));
        String[] cells = {"MLI-0001", "box", "60", "40", "40", "12", "", "Books", "picture books", "10", "pcs",
            "used-good", "25", "8", ""};
        cells[columns.indexOf(column)] = value;
        String content = String.join(",", PackageImport.COLUMNS) + "\n" + String.join(",", cells) + "\n";
        WarehouseCounts before = workspace.counts();
        assertThatThrownBy(() -> new PackageImport(workspace).importFile("boxes.csv",
                content.getBytes(StandardCharsets.UTF_8), "MLI-2026-09"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e)).first().asString()
                        .startsWith("boxes.csv:2: " + column + ": ").contains(message));
        assertThat(workspace.counts()).isEqualTo(before);
    }
}
