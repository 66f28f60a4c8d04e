package org.shipshape.logic.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.pdf.PdfAValidation;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;

/** Customs offices and archives keep the pack for years: every document is PDF/A-2b, checked by veraPDF. */
class CustomsPdfATest {
    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static CustomsDocuments documents;

    /** Loaded once: the tests only print drafts, which change nothing they look at. */
    @BeforeAll
    static void sampleWarehouse() {
        workspace = Workspace.open(folder.resolve("sample.db"), false, "Test volunteer");
        SampleWarehouse.load(workspace, Progress.NONE);
        documents = new CustomsDocuments(workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void everyCustomsDocumentOfEverySampleShipmentIsValidPdfA2b() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String reference : documents.shipmentReferences()) {
            Path out = Files.createDirectories(folder.resolve(reference));
            // drafts: the sample shipments are not all ready for a final pack; the draft adds the watermark
            // (transparency), the one thing a final pack does not have
            CustomsDocuments.PackResult pack = documents.writePack(reference, null, true, out, Progress.NONE);
            for (Path pdf : pack.files()) {
                assertThat(PdfAValidation.violationsOfPdfA2b(Files.readAllBytes(pdf)))
                        .as("PDF/A-2b violations in %s", folder.relativize(pdf)).isEmpty();
                checked.add(folder.relativize(pdf).toString());
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(3 * 5)
                .anyMatch(name -> name.startsWith("MLI") && name.endsWith("packing-list.pdf"));
    }

    @Test
    void theDocumentsSayWhatTheyAreTheirLanguagesAndPdfAConformance() throws IOException {
        Path out = Files.createDirectories(folder.resolve("languages"));
        Path packingList = documents.writePack("MLI-2026-01", null, true, out, Progress.NONE).files().stream()
                .filter(p -> p.getFileName().toString().equals("packing-list.pdf")).findFirst().orElseThrow();

        try (PDDocument pdf = Loader.loadPDF(packingList.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Packing list");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", ">2<", "pdfaid:conformance", ">B<", "<rdf:li>fr</rdf:li>");
        }
    }

    @Test
    void theValidatorRejectsADocumentWithoutItsOutputIntent() throws IOException {
        Path out = Files.createDirectories(folder.resolve("broken"));
        Path pdf = documents.writePack("MLI-2026-01", null, true, out, Progress.NONE).files().get(0);
        byte[] broken;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            document.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            broken = bytes.toByteArray();
        }

        assertThat(PdfAValidation.violationsOfPdfA2b(broken)).isNotEmpty();
    }
}
