package org.shipshape.gui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.PackingFixture;

class LabelsViewModelTest {
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private LabelsViewModel labels;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        labels = new LabelsViewModel(new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), dialogs,
                () -> { }));
        labels.refreshChoices();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theLabelsOfChosenPackagesAreWrittenFromTheChosenPositionAndOpened() throws Exception {
        fixture.packageWith("MLD-0001", fixture.moldova, BigDecimal.TEN, "Books", 3);
        fixture.packageWith("MLD-0002", fixture.moldova, BigDecimal.TEN, "Towels", 3);
        fixture.packageWith("MLD-0003", fixture.moldova, BigDecimal.TEN, "Shoes", 3);
        labels.labelStockProperty().set(labels.labelStocks().stream().filter(s -> s.code().equals("5163"))
                .findFirst().orElseThrow());
        labels.startPositionTextProperty().set("4");

        labels.openLabels(List.of("MLD-0001", "MLD-0003"));

        assertThat(dialogs.opened).hasSize(1);
        try (PDDocument document = Loader.loadPDF(dialogs.opened.get(0).toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("MLD-0001", "MLD-0003", "1 of 3", "3 of 3").doesNotContain("MLD-0002");
        }
        assertThat(labels.messageProperty().get()).startsWith("2 labels written to");
        assertThat(labels.messageIsProblemProperty().get()).isFalse();
    }

    @Test
    void oneLabelIsCountedAsOne() throws Exception {
        fixture.packageWith("MLD-0001", fixture.moldova, BigDecimal.TEN, "Books", 3);

        labels.openLabels(List.of("MLD-0001"));

        assertThat(labels.messageProperty().get()).startsWith("1 label written to");
        assertThat(Files.size(dialogs.opened.get(0))).isPositive();
    }

    @Test
    void aStartPositionThatIsNotANumberIsNamedAndNothingIsWritten() {
        fixture.packageWith("MLD-0001", fixture.moldova, BigDecimal.TEN, "Books", 3);
        labels.startPositionTextProperty().set("first");

        labels.openLabels(List.of("MLD-0001"));

        assertThat(labels.messageProperty().get()).contains("\"first\"");
        assertThat(labels.messageIsProblemProperty().get()).isTrue();
        assertThat(dialogs.opened).isEmpty();
    }

    @Test
    void printingWithoutAPrinterSaysWhatToDo() {
        labels.printLabels(List.of("MLD-0001"));
        assertThat(labels.messageProperty().get()).contains("printer");
        assertThat(labels.messageIsProblemProperty().get()).isTrue();
    }
}
