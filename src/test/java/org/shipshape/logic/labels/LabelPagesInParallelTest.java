package org.shipshape.logic.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.logic.task.Progress;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.model.packing.HandlingMark;

/** The label pages are drawn in runs on several threads: the document must be the one a single thread draws. */
class LabelPagesInParallelTest {
    @TempDir
    Path folder;
    PackingFixture fixture;
    LabelService service;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        service = new LabelService(fixture.workspace);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource({"4x6, 1", "l7165, 3", "5163, 10"})
    void pagesDrawnOnTheDrawingThreadsAreThoseOneThreadDrawsInTheSameOrder(String stockCode, int start)
            throws IOException {
        LabelStock stock = service.stock(stockCode);
        List<LabelData> labels = labels(97);
        LabelSender sender = new LabelSender("From", "Aid for Moldova, 12 Rue des Lilas, Lyon, France", null);

        ByteArrayOutputStream parallel = new ByteArrayOutputStream();
        LabelReport parallelReport = LabelPdfWriter.write(labels, stock, start, sender, parallel, Progress.NONE,
                new LabelsAhead());
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        LabelReport singleReport = LabelPdfWriter.write(labels, stock, start, sender, single, Progress.NONE,
                new LabelsAhead(), Runnable::run);

        assertThat(parallelReport.pages()).isEqualTo(singleReport.pages())
                .isEqualTo((start - 1 + labels.size() + stock.labelsPerPage() - 1) / stock.labelsPerPage());
        assertThat(parallelReport.shortened()).isNotEmpty().isEqualTo(singleReport.shortened());
        try (PDDocument a = Loader.loadPDF(parallel.toByteArray());
             PDDocument b = Loader.loadPDF(single.toByteArray())) {
            assertThat(a.getNumberOfPages()).isEqualTo(parallelReport.pages());
            for (int page = 0; page < a.getNumberOfPages(); page++) {
                assertThat(contents(a.getPage(page))).as("page %d", page + 1).isEqualTo(contents(b.getPage(page)));
            }
            // and in package order: the first label of each page is the next one
            PDFTextStripper stripper = new PDFTextStripper();
            int firstOnPage = 0;
            for (int page = 1; page <= a.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(a)).contains(labels.get(firstOnPage).packageNumber());
                firstOnPage += page == 1 ? stock.labelsPerPage() - (start - 1) : stock.labelsPerPage();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "16, 1, 1", "17, 1, 2", "100, 1, 7", "100, 8, 7", "3, 8, 1", "40, 6, 4"})
    void runsCoverEveryLabelOnceAndBeginOnAPage(int labelCount, int perPage, int expectedRuns) {
        for (int start = 1; start <= perPage; start++) {
            List<int[]> runs = LabelPdfWriter.pageRuns(labelCount, perPage, start);
            int next = 0;
            for (int i = 0; i < runs.size(); i++) {
                int[] run = runs.get(i);
                assertThat(run[0]).isEqualTo(next);
                assertThat(run[1]).isPositive();
                assertThat(run[2]).isEqualTo(i == 0 ? start - 1 : 0);
                // a run ends at the end of a page, unless it holds the last label
                int slotAfter = (run[2] + run[1]) % perPage;
                assertThat(slotAfter == 0 || run[0] + run[1] == labelCount).isTrue();
                next += run[1];
            }
            assertThat(next).isEqualTo(labelCount);
            if (start == 1) {
                assertThat(runs).hasSize(expectedRuns);
            }
        }
    }

    /** Labels with contents of every length (some cut even at the smallest size), marks and a blank weight. */
    private static List<LabelData> labels(int count) {
        List<LabelData> labels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<String> contents = new ArrayList<>();
            for (int line = 0; line < (i % 7 == 0 ? 250 : 1 + i % 5); line++) {
                contents.add("Children's picture books " + (i + line) + " pcs");
            }
            List<String> local = i % 3 == 0 ? List.of("Cărți ilustrate pentru copii " + i + " buc") : List.of();
            Set<HandlingMark> marks = i % 4 == 0 ? Set.of(HandlingMark.FRAGILE, HandlingMark.THIS_SIDE_UP) : Set.of();
            labels.add(new LabelData(String.format("MLD-%04d", i), i, count, "Moldova", "Asociația Speranța",
                    "MLD-2026-01", contents, local, i % 5 == 0 ? null : new BigDecimal(i + ".5"), marks));
        }
        return labels;
    }

    private static byte[] contents(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }
}
