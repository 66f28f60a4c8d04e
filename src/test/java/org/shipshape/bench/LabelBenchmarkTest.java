package org.shipshape.bench;

import org.shipshape.logic.labels.LabelPdfTest;
import org.shipshape.logic.labels.LabelReport;
import org.shipshape.logic.labels.LabelService;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;

/** The full-container benchmark produces a correct PDF; the time is printed for the report, never asserted. */
class LabelBenchmarkTest {
    @TempDir
    Path folder;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("b.db"), false, "Bench");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4x6", "l7165"})
    void aFullContainerOfLabelsIsOneCorrectPdf(String stock) throws IOException {
        LabelService labels = new LabelService(workspace);
        Path pdf = folder.resolve("bench-" + stock + ".pdf");
        LabelReport report = LabelBenchmark.renderFullContainer(labels, stock, pdf);

        assertThat(report.labels()).isEqualTo(LabelBenchmark.FULL_CONTAINER);
        assertThat(report.shortened()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int last = document.getNumberOfPages() - 1;
            var page = new PDFRenderer(document).renderImageWithDPI(last, 300);
            var stockData = labels.stock(stock);
            int lastSlot = (LabelBenchmark.FULL_CONTAINER - 1) % stockData.labelsPerPage();
            assertThat(LabelPdfTest.decode(LabelPdfTest.crop(page, stockData, lastSlot), BarcodeFormat.CODE_128))
                    .contains("MLD-1500");
        }
    }
}
