package org.shipshape.gui.donors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorGift;
import org.shipshape.store.inventory.InventoryFixture;

class DonorsViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private InventoryFixture fixture;
    private RecordingDialogs dialogs;
    private DonorsViewModel donors;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
        fixture = new InventoryFixture(workspace.database());
        dialogs = new RecordingDialogs();
        donors = new DonorsViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { }));
        donors.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Donor named(String name) {
        return donors.donors().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void searchAndGiftsShowWhereThingsWent() {
        donors.searchProperty().set("mary");
        assertThat(donors.donors()).extracting(Donor::name).containsExactly("St Mary's Church");
        donors.selectedProperty().set(named("St Mary's Church"));
        assertThat(donors.gifts()).extracting(DonorGift::countryName).containsExactly("Mali");
    }

    @Test
    void invalidEmailIsRefusedAndValidChangesAreSaved() {
        donors.selectedProperty().set(named("Anna Smith"));
        donors.emailProperty().set("anna");
        donors.save();
        assertThat(donors.messageProperty().get()).contains("E-mail");
        donors.emailProperty().set("anna@example.org");
        donors.save();
        donors.refresh();
        assertThat(named("Anna Smith").email()).isEqualTo("anna@example.org");
    }

    @Test
    void mergeAsksFirstAndMovesTheItems() {
        donors.selectedProperty().set(named("Anna Smith"));
        donors.mergeDuplicateProperty().set(named("St Mary's Church"));
        dialogs.answerConfirm(false);
        donors.merge();
        assertThat(donors.donors()).hasSize(2);
        dialogs.answerConfirm(true);
        donors.merge();
        assertThat(dialogs.shown("confirm").get(1).text()).contains("St Mary's Church").contains("Anna Smith");
        assertThat(donors.donors()).extracting(Donor::name).containsExactly("Anna Smith");
        assertThat(donors.gifts()).hasSize(3);
    }

    @Test
    void receiptOfTheChosenPeriodIsWrittenAndOpened() throws Exception {
        donors.selectedProperty().set(named("Anna Smith"));
        donors.receiptFromProperty().set(LocalDate.of(2026, 1, 1));
        donors.receiptToProperty().set(LocalDate.of(2026, 12, 31));
        donors.receiptShowsValuesProperty().set(false);
        dialogs.fileToSave = dir.resolve("receipt.pdf");
        donors.writeReceipt();
        Path receipt = dir.resolve("receipt.pdf");
        assertThat(dialogs.opened).containsExactly(receipt);
        String text = org.shipshape.logic.customs.PdfText.of(receipt).text();
        assertThat(text).contains("Anna Smith").contains("bath towels");
    }
}
