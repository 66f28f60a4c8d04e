package org.shipshape.logic.imports;

import org.shipshape.logic.task.CancelAfterReports;
import org.shipshape.logic.text.Texts;
import org.shipshape.bench.ItemCsvGenerator;
import org.shipshape.logic.intake.IntakeService;
import org.shipshape.logic.inventory.InventoryService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.ItemFilter;

class ItemImportTest {
    private static final String HEADER = "donor,received_on,category,description,quantity,unit,condition,unit_value,"
            + "currency,unit_kg,location\n";
    @TempDir
    Path dir;
    private Workspace workspace;
    private ItemImport itemImport;

    @BeforeEach
    void open() {
        workspace = openWorkspace("Tester");
        itemImport = new ItemImport(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path file(String name, String text, Charset charset) throws IOException {
        return file(name, text.getBytes(charset));
    }

    private List<InventoryRow> stored() {
        return new InventoryService(workspace).search(ItemFilter.ALL);
    }

    @Test
    void utf8WithByteOrderMarkIsImported() throws IOException {
        Path csv = file("bom.csv", "\uFEFF" + HEADER
                + "Ioana Popescu,2026-03-14,Towels,prosoape ș ț,12,,used-good,1.5,EUR,0.4,Shelf 2\n", StandardCharsets.UTF_8);
        ImportResult result = itemImport.run(csv, false, Progress.NONE);
        assertThat(result.written()).isEqualTo(1);
        assertThat(result.newDonors()).isEqualTo(1);
        InventoryRow row = stored().get(0);
        assertThat(row.description()).isEqualTo("prosoape ș ț");
        assertThat(row.donorName()).isEqualTo("Ioana Popescu");
        assertThat(row.unit()).isEqualTo("pcs");
        assertThat(row.unitValue()).isEqualByComparingTo("1.50");
    }

    @Test
    void utf8WithoutByteOrderMarkAndColumnsInAnyOrderAndCase() throws IOException {
        Path csv = file("plain.csv", "Quantity,CATEGORY,Description,Donor,Received_On,Condition\n"
                + "3,Shoes,chaussures d'été,Église Saint-Jean,2026-01-05,new\n", StandardCharsets.UTF_8);
        itemImport.run(csv, false, Progress.NONE);
        InventoryRow row = stored().get(0);
        assertThat(row.description()).isEqualTo("chaussures d'été");
        assertThat(row.categoryName()).isEqualTo("Shoes");
        assertThat(row.unit()).isEqualTo("pairs");
        assertThat(row.unitKg()).isEqualByComparingTo("0.8");
        assertThat(row.condition()).isEqualTo(Condition.NEW);
    }

    @Test
    void windows1252WithSemicolonsDecimalCommasAndDayFirstDates() throws IOException {
        Path csv = file("excel-fr.csv", HEADER.replace(',', ';')
                + "Mme Hélène Dupré;14/03/2026;Towels;serviettes éponge;2,5;kg;used-fair;1,25;EUR;1,5;Étagère 4\n",
                Charset.forName("windows-1252"));
        itemImport.run(csv, false, Progress.NONE);
        InventoryRow row = stored().get(0);
        assertThat(row.donorName()).isEqualTo("Mme Hélène Dupré");
        assertThat(row.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(row.quantity()).isEqualByComparingTo("2.5");
        assertThat(row.unitValue()).isEqualByComparingTo("1.25");
        assertThat(row.unitKg()).isEqualByComparingTo("1.5");
        assertThat(row.location()).isEqualTo("Étagère 4");
    }

    @Test
    void quotedFieldsMayHoldNewlinesAndSeparators() throws IOException {
        Path csv = file("quoted.csv", HEADER
                + "\"Smith, John\",2026-02-01,Books,\"novels,\nsecond line\",4,,used-good,,,,\n"
                + "\"Smith, John\",2026-02-01,Books,atlas,1,,new,,,,\n", StandardCharsets.UTF_8);
        itemImport.run(csv, false, Progress.NONE);
        assertThat(stored()).extracting(InventoryRow::description)
                .containsExactlyInAnyOrder("novels,\nsecond line", "atlas");
        assertThat(stored()).extracting(InventoryRow::donorName).containsOnly("Smith, John");
    }

    @Test
    void existingDonorsAreFoundByNameIgnoringCase() throws IOException {
        long id = new IntakeService(workspace).donorNamed("Anna Smith", org.shipshape.model.donors.DonorKind.INDIVIDUAL)
                .id();
        Path csv = file("anna.csv", HEADER + "ANNA SMITH,2026-02-01,Books,atlas,1,,new,,,,\n", StandardCharsets.UTF_8);
        ImportResult result = itemImport.run(csv, false, Progress.NONE);
        assertThat(result.newDonors()).isZero();
        assertThat(stored().get(0).donorId()).isEqualTo(id);
    }

    /** A currency must be three letters, in any case: anything else is named by row and column. */
    @Test
    void aCurrencyThatIsNotThreeLettersIsRefused() throws IOException {
        Path csv = file("money.csv", HEADER + "Anna,2026-02-01,Books,atlas,1,,new,2,gbp,,\n"
                + "Anna,2026-02-01,Books,atlas,1,,new,2,EURO,,\n"
                + "Anna,2026-02-01,Books,atlas,1,,new,2,\u20ac,,\n"
                + "Anna,2026-02-01,Books,atlas,1,,new,2,E1R,,\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> itemImport.run(csv, false, Progress.NONE))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e.messages()))
                        .containsSubsequence(
                                "money.csv:3: currency: \"EURO\" is not a currency code; write three letters like EUR",
                                "money.csv:4: currency: \"\u20ac\" is not a currency code; write three letters like EUR",
                                "money.csv:5: currency: \"E1R\" is not a currency code; write three letters like EUR")
                        .noneMatch(line -> line.startsWith("money.csv:2:")));
        assertThat(stored()).isEmpty();
    }

    /**
     * New donors are created once each, in the order the file first names them, and every row goes to its own donor,
     * whether the donor is new (named again later, in another case) or was there before; names and codes written in
     * another case are the same category and currency.
     */
    @Test
    void everyRowGoesToItsDonorWhenNewAndKnownDonorsAlternate() throws IOException {
        long anna = new IntakeService(workspace).donorNamed("Anna Smith", org.shipshape.model.donors.DonorKind.INDIVIDUAL)
                .id();
        String[] donors = {"Bob", "Carol", "BOB", "anna smith", "Dan", "carol", "Bob", "Dan"};
        StringBuilder text = new StringBuilder(HEADER);
        for (int row = 0; row < 2500; row++) {
            text.append(donors[row % donors.length]).append(",2026-02-01,").append(row % 3 == 0 ? "BOOKS" : "Books")
                    .append(",atlas ").append(row).append(",1,,new,,").append(row % 2 == 0 ? "eur" : "EUR")
                    .append(",,\n");
        }
        ImportResult result = itemImport.run(file("mixed.csv", text.toString(), StandardCharsets.UTF_8), false,
                Progress.NONE);
        assertThat(result.newDonors()).isEqualTo(3);
        assertThat(Texts.english(result.notes())).containsExactly(
                "New donor \"Bob\" will be created (kind: other); complete it on the donors screen.",
                "New donor \"Carol\" will be created (kind: other); complete it on the donors screen.",
                "New donor \"Dan\" will be created (kind: other); complete it on the donors screen.");
        List<InventoryRow> rows = stored();
        assertThat(rows).hasSize(2500);
        for (InventoryRow row : rows) {
            int number = Integer.parseInt(row.description().substring("atlas ".length()));
            String named = donors[number % donors.length];
            assertThat(row.donorName()).as(row.description()).isEqualToIgnoringCase(
                    named.equalsIgnoreCase("anna smith") ? "Anna Smith" : named);
            if (named.equals("anna smith")) {
                assertThat(row.donorId()).isEqualTo(anna);
            }
        }
        assertThat(rows.stream().map(InventoryRow::donorId).distinct()).hasSize(4);
        assertThat(rows).extracting(InventoryRow::categoryName).containsOnly("Books");
        assertThat(rows).extracting(InventoryRow::currency).containsOnly("EUR");
    }

    @Test
    void everyProblemIsListedWithFileRowAndColumnAndNothingIsWritten() throws IOException {
        Path csv = file("bad.csv", HEADER
                + "Anna,2026-02-01,Kichen furniture wooden,table,1,,new,,,,\n"
                + "Anna,31/02/2026,Books,atlas,zero,,brand-new,-3,EUR,0,\n"
                + "Anna,2026-02-01,Books,atlas,2,,new,,,,\n"
                + ",2026-02-01,Books,,4,,used-good,,,,\n", StandardCharsets.UTF_8);
        ImportPreview<ImportedItem> preview = itemImport.preview(csv, Progress.NONE);
        assertThat(preview.isValid()).isFalse();
        assertThat(Texts.english(preview.problems())).anySatisfy(p -> assertThat(p)
                .startsWith("bad.csv:2: category: unknown category \"Kichen furniture wooden\"; did you mean "
                        + "\"Kitchen furniture, wooden\""));
        assertThat(Texts.english(preview.problems())).contains(
                "bad.csv:3: received_on: \"31/02/2026\" is not a date; write it as 2026-03-14 or 14/03/2026",
                "bad.csv:3: quantity: \"zero\" is not a number; write it like 12.5 or 12,5",
                "bad.csv:3: condition: \"brand-new\" is not known; use one of new, used-good, used-fair, for-parts",
                "bad.csv:3: unit_value: must be 0 or more, not -3",
                "bad.csv:3: unit_kg: must be greater than 0, not 0",
                "bad.csv:5: donor: a value is required here; fill it in",
                "bad.csv:5: description: a value is required here; fill it in");
        assertThat(Texts.english(preview.problems())).noneMatch(p -> p.startsWith("bad.csv:4:"));
        assertThatThrownBy(() -> itemImport.write(preview, false, Progress.NONE))
                .isInstanceOf(UserInputException.class);
        assertThat(stored()).isEmpty();
        assertThat(workspace.counts().donors()).isZero();
    }

    @Test
    void aThousandsOrDecimalCommaInACommaSeparatedFileIsRefusedWithRowAndColumn() throws IOException {
        Path csv = file("comma.csv", HEADER + "Anna,2026-02-01,Books,atlas,2,,new,\"1,250\",EUR,0.4,\n"
                + "Anna,2026-02-01,Books,atlas,2,,new,12.50,EUR,\"1,234\",\n", StandardCharsets.UTF_8);
        ImportPreview<ImportedItem> preview = itemImport.preview(csv, Progress.NONE);
        assertThat(Texts.english(preview.problems())).containsExactly(
                "comma.csv:2: unit_value: \"1,250\" could be read two ways in a comma-separated file; write 1250 for"
                        + " the whole number or 1.250 for the decimal (or save the file with ; between columns)",
                "comma.csv:3: unit_kg: \"1,234\" could be read two ways in a comma-separated file; write 1234 for"
                        + " the whole number or 1.234 for the decimal (or save the file with ; between columns)");
        assertThat(Texts.french(preview.problems()).get(1)).startsWith("comma.csv:3 : unit_kg : « 1,234 » peut se lire");
        assertThatThrownBy(() -> itemImport.write(preview, false, Progress.NONE))
                .isInstanceOf(UserInputException.class);
        assertThat(stored()).isEmpty();
    }

    @Test
    void aDecimalCommaInASemicolonSeparatedFileIsADecimal() throws IOException {
        Path csv = file("semicolon.csv", HEADER.replace(',', ';') + "Anna;2026-02-01;Books;atlas;2;;new;1,250;EUR;1,234;\n",
                StandardCharsets.UTF_8);
        itemImport.run(csv, false, Progress.NONE);
        assertThat(stored()).singleElement().satisfies(row -> assertThat(row.unitKg()).isEqualByComparingTo("1.234"));
    }

    @Test
    void aFolderGivenAsTheFileIsNamedAsAFolder() throws IOException {
        Path folderOfFiles = Files.createDirectories(dir.resolve("exports"));
        assertThatThrownBy(() -> itemImport.run(folderOfFiles, false, Progress.NONE))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e.messages()))
                        .containsExactly(folderOfFiles + " is a folder; give the name of the CSV file in it."));
        assertThat(stored()).isEmpty();
    }

    @Test
    void missingColumnsAreNamedOnTheHeaderRow() throws IOException {
        Path csv = file("columns.csv", "donor,category,description\nAnna,Books,atlas\n", StandardCharsets.UTF_8);
        ImportPreview<ImportedItem> preview = itemImport.preview(csv, Progress.NONE);
        assertThat(Texts.english(preview.problems())).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("columns.csv:1: "));
        assertThat(Texts.english(preview.problems())).anySatisfy(p -> assertThat(p)
                .startsWith("columns.csv:1: quantity: the column is missing"));
    }

    @Test
    void raggedRowsAreReportedByRow() throws IOException {
        Path csv = file("ragged.csv", HEADER + "Anna,2026-02-01,Books,atlas,1,,new,,,,\n"
                + "Anna,2026-02-01,Books,atlas, big,1,,new,,,,\n" + "Anna,2026-02-01,Books\n", StandardCharsets.UTF_8);
        ImportPreview<ImportedItem> preview = itemImport.preview(csv, Progress.NONE);
        assertThat(Texts.english(preview.problems())).containsExactly(
                "ragged.csv:3: row: has 12 cells but the header has 11; check for a stray separator or a missing quote",
                "ragged.csv:4: row: has 3 cells but the header has 11; check for a stray separator or a missing quote");
        assertThatThrownBy(() -> itemImport.write(preview, false, Progress.NONE))
                .isInstanceOf(UserInputException.class);
        assertThat(stored()).isEmpty();
    }

    @Test
    void binaryGarbageEndsInOneProblemNamingTheFile() throws IOException {
        byte[] garbage = new byte[600];
        new java.util.Random(3).nextBytes(garbage);
        garbage[10] = 0;
        ImportPreview<ImportedItem> preview = itemImport.preview(file("photo.csv", garbage), Progress.NONE);
        assertThat(Texts.english(preview.problems())).singleElement().satisfies(p -> assertThat(p)
                .startsWith("photo.csv: this is not a text CSV file"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void textWithoutTheHeaderColumnsIsRefusedWithRowNumbers() throws IOException {
        ImportPreview<ImportedItem> preview = itemImport.preview(file("notes.csv",
                "Dear volunteers,\nplease find the list attached\n", StandardCharsets.UTF_8), Progress.NONE);
        assertThat(Texts.english(preview.problems())).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("notes.csv:1: "));
    }

    @Test
    void theSameFileTwiceIsRefusedUnlessConfirmed() throws IOException {
        Path csv = file("twice.csv", HEADER + "Anna,2026-02-01,Books,atlas,1,,new,,,,\n", StandardCharsets.UTF_8);
        itemImport.run(csv, false, Progress.NONE);
        ImportPreview<ImportedItem> again = itemImport.preview(csv, Progress.NONE);
        assertThat(again.isDuplicate()).isTrue();
        assertThatThrownBy(() -> itemImport.write(again, false, Progress.NONE))
                .isInstanceOf(UserInputException.class).hasMessageContaining("already imported");
        assertThat(stored()).hasSize(1);
        itemImport.write(again, true, Progress.NONE);
        assertThat(stored()).hasSize(2);
    }

    @Test
    void aCancelledImportWritesNothing() throws IOException {
        Path csv = file("cancel.csv", HEADER + "Anna,2026-02-01,Books,atlas,1,,new,,,,\n", StandardCharsets.UTF_8);
        ImportPreview<ImportedItem> preview = itemImport.preview(csv, Progress.NONE);
        Progress cancelled = new CancelAfterReports(0);
        assertThatThrownBy(() -> itemImport.write(preview, false, cancelled))
                .isInstanceOf(org.shipshape.logic.task.CancelledException.class);
        assertThat(stored()).isEmpty();
        assertThat(workspace.counts().donors()).isZero();
        assertThat(itemImport.preview(csv, Progress.NONE).isDuplicate()).isFalse();
    }

    @Test
    void aGeneratedFileOfManyRowsImportsCompletelyInOneBatch() throws IOException {
        Path csv = dir.resolve("generated.csv");
        ItemCsvGenerator.write(csv, 3000, 40, 11);
        ImportResult result = itemImport.run(csv, false, Progress.NONE);
        assertThat(result.written()).isEqualTo(3000);
        assertThat(result.newDonors()).isEqualTo(40);
        assertThat(workspace.counts().items()).isEqualTo(3000);
    }

    /** Rows are stored while later ones are still read: a problem far down the file still leaves nothing. */
    @Test
    void aProblemAfterThousandsOfStoredRowsLeavesNothingAndNamesTheRow() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 4999; i++) {
            text.append("Donor ").append(i % 7).append(",2026-02-01,Books,atlas ").append(i).append(",1,,new,,,,\n");
        }
        text.append("Donor 1,2026-02-01,Books,atlas,many,,new,,,,\n"); // row 5001
        Path csv = file("late.csv", text.toString(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> itemImport.run(csv, false, Progress.NONE))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e.messages()))
                        .contains("late.csv:5001: quantity: \"many\" is not a number; write it like 12.5 or 12,5"));
        assertThat(stored()).isEmpty();
        assertThat(workspace.counts().donors()).isZero();
        assertThat(itemImport.preview(csv, Progress.NONE).isDuplicate()).isFalse();
    }

    /** A file that stops being CSV far down (an unclosed quote) fails on the reading thread; nothing is kept. */
    @Test
    void aFileThatStopsBeingCsvAfterStoredRowsLeavesNothing() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 4000; i++) {
            text.append("Anna,2026-02-01,Books,atlas ").append(i).append(",1,,new,,,,\n");
        }
        text.append("Anna,2026-02-01,Books,\"atlas,1,,new,,,,\n");
        Path csv = file("broken.csv", text.toString(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> itemImport.run(csv, false, Progress.NONE))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e.messages()))
                        .anySatisfy(m -> assertThat(m).contains("broken.csv")));
        assertThat(stored()).isEmpty();
        assertThat(workspace.counts().donors()).isZero();
    }

    /** Cancelling after some chunks were stored (the reading thread sees it) rolls all of them back. */
    @Test
    void aCancellationAfterStoredRowsWritesNothing() throws IOException {
        Path csv = dir.resolve("generated.csv");
        ItemCsvGenerator.write(csv, 12_000, 40, 11);
        // rows 1 and 5,001 are reported; cancelled at row 10,001
        Progress cancelledLater = new CancelAfterReports(2);
        assertThatThrownBy(() -> itemImport.run(csv, false, cancelledLater))
                .isInstanceOf(org.shipshape.logic.task.CancelledException.class);
        assertThat(workspace.counts().items()).isZero();
        assertThat(workspace.counts().donors()).isZero();
    }

    /** The warehouse the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Workspace openWorkspace(String user) {
        return Workspace.open(dir.resolve("t.db"), false, user);
    }
}
