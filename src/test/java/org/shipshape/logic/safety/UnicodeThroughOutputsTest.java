package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.customs.CustomsFixture;
import org.shipshape.logic.labels.LabelService;
import org.shipshape.logic.shipments.ContainerListExport;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.categories.HsCode;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.store.categories.CategoryRepository;

/**
 * Romanian, Armenian, Cyrillic, Arabic and emoji text goes through labels, customs documents and container lists:
 * PDFs keep every script the bundled font draws and replace what it cannot (emoji) instead of failing; CSV and
 * XLSX keep every character.
 */
class UnicodeThroughOutputsTest {
    private static final String ROMANIAN = "Îmbrăcăminte de iarnă, ștrampi și țesături";
    private static final String ARMENIAN = "Մանկական հագուստ և խաղալիքներ";
    private static final String CYRILLIC = "Детская одежда и игрушки";
    private static final String ARABIC = "ملابس أطفال";
    private static final String EMOJI = "Teddy bears 🧸 with hearts ❤️";
    private static final String REFERENCE = "UNI-2026-01";

    @TempDir
    Path folder;
    private Workspace workspace;
    private long shipmentId;

    @BeforeEach
    void shipmentWithTextInFiveScripts() {
        workspace = Workspace.open(folder.resolve("unicode.db"), false, "Ana 🙂");
        CustomsFixture fixture = new CustomsFixture(workspace).organisation();
        shipmentId = fixture.shipment(REFERENCE, "MD", Language.RO);
        long toys = new CategoryRepository(workspace.database()).insert(new Category(0, "Jucării " + ARMENIAN,
                new HsCode("9503.00"), "pcs", null, Set.of(), Map.of(Language.RO, "Jucării și " + CYRILLIC)));
        fixture.pkg(shipmentId, REFERENCE + "-001", PackageKind.BOX, new Dimensions(60, 40, 40), "14.500", List.of(
                CustomsFixture.line(toys, ROMANIAN, "10", "pcs", Condition.USED_GOOD, "40.00", "4.000", null, null),
                CustomsFixture.line(toys, ARMENIAN, "5", "pcs", Condition.USED_GOOD, "20.00", "2.000", null, null),
                CustomsFixture.line(toys, CYRILLIC, "5", "pcs", Condition.NEW, "25.00", "2.000", null, null),
                CustomsFixture.line(toys, ARABIC, "3", "pcs", Condition.NEW, "15.00", "1.500", null, null),
                CustomsFixture.line(toys, EMOJI, "2", "pcs", Condition.NEW, "10.00", "1.000", null, null)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void labelsPrintEveryScriptTheFontHasAndReplaceEmoji() throws IOException {
        Path pdf = folder.resolve("labels.pdf");
        LabelService labels = new LabelService(workspace);
        labels.writePdf(labels.forShipment(REFERENCE, List.of()), "4x6", 1, pdf, Progress.NONE);

        String text = textOf(pdf);
        assertThat(text).contains(REFERENCE + "-001").contains("Մանկական").contains("Детская").contains("Jucării");
    }

    @Test
    void customsDocumentsKeepRomanianArmenianCyrillicAndArabicAndReplaceEmoji() throws IOException {
        Path pack = Files.createDirectory(folder.resolve("pack"));
        new CustomsDocuments(workspace).writePack(REFERENCE, Language.RO, true, pack, Progress.NONE);

        String text = textOf(pack.resolve("packing-list.pdf"));
        assertThat(text).contains("Îmbrăcăminte de iarnă").contains("ștrampi").contains("țesături")
                .contains("Մանկական").contains("Детская одежда");
        assertThat(text.contains("ملابس") || text.contains(new StringBuilder("ملابس").reverse()))
                .as("Arabic words in the packing list").isTrue();
        assertThat(text).contains("Teddy bears").doesNotContain("🧸").contains("with hearts");
    }

    @Test
    void containerListsKeepEveryCharacterIncludingEmoji() throws IOException {
        Path csv = folder.resolve("list.csv");
        ContainerListExport export = new ContainerListExport(workspace);
        export.writeCsv(shipmentId, csv);
        List<String> descriptions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(ContainerListExport.linesFileFor(csv), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(stripBom(reader))) {
                descriptions.add(row.get("description"));
            }
        }
        assertThat(descriptions).contains(ROMANIAN, ARMENIAN, CYRILLIC, ARABIC, EMOJI);

        Path xlsx = folder.resolve("list.xlsx");
        export.writeXlsx(shipmentId, xlsx);
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach((Row row) -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getText())));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(cells).contains(ROMANIAN, ARMENIAN, CYRILLIC, ARABIC, EMOJI);
    }

    private static Reader stripBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
