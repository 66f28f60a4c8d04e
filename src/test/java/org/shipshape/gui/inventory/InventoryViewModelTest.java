package org.shipshape.gui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.HeldTaskExecutor;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.inventory.InventoryFixture;

class InventoryViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private InventoryFixture fixture;
    private RecordingDialogs dialogs;
    private InventoryViewModel inventory;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
        fixture = new InventoryFixture(workspace.database());
        dialogs = new RecordingDialogs();
        inventory = new InventoryViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs,
                () -> { }));
        inventory.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private InventoryRow row(long id) {
        return inventory.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void filtersNarrowTheRowsAndTheTotals() {
        assertThat(inventory.rows()).hasSize(3);
        assertThat(inventory.totalsProperty().get().kg()).isEqualByComparingTo("51");
        inventory.searchTextProperty().set("towel");
        inventory.statusProperty().set(ItemStatus.IN_STOCK);
        assertThat(inventory.rows()).extracting(InventoryRow::id).containsExactly(fixture.bathTowels);
        assertThat(inventory.totalsTextProperty().get()).startsWith("1 item,");
        inventory.clearFilter();
        assertThat(inventory.rows()).hasSize(3);
    }

    @Test
    void theFirstLoadShowsTheNewestRowsBeforeTheFullReadAndItsTotals() {
        HeldTaskExecutor tasks = new HeldTaskExecutor();
        InventoryViewModel fresh = new InventoryViewModel(new GuiContext(workspace, tasks, dialogs, () -> { }));
        fresh.refresh();
        tasks.runNext();
        assertThat(fresh.rows()).extracting(InventoryRow::id).containsExactly(fixture.teaTowels, fixture.fridge,
                fixture.bathTowels);
        assertThat(fresh.loadingProperty().get()).isTrue();
        assertThat(fresh.totalsTextProperty().get()).isEmpty();
        fresh.searchTextProperty().set("fridge"); // typed before the full read: applied when it arrives
        assertThat(fresh.rows()).hasSize(3);
        tasks.runAll();
        assertThat(fresh.rows()).extracting(InventoryRow::id).containsExactly(fixture.fridge);
        assertThat(fresh.loadingProperty().get()).isFalse();
        assertThat(fresh.totalsTextProperty().get()).startsWith("1 item,");
        fresh.searchTextProperty().set("");
        tasks.runAll();
        assertThat(fresh.rows()).hasSize(3);
    }

    @Test
    void aFilterChosenBeforeTheNewestRowsArriveKeepsThemOffTheScreen() {
        HeldTaskExecutor tasks = new HeldTaskExecutor();
        InventoryViewModel fresh = new InventoryViewModel(new GuiContext(workspace, tasks, dialogs, () -> { }));
        fresh.refresh();
        fresh.statusProperty().set(ItemStatus.SHIPPED);
        tasks.runNext();
        assertThat(fresh.rows()).isEmpty();
        tasks.runAll();
        assertThat(fresh.rows()).extracting(InventoryRow::id).containsExactly(fixture.teaTowels);
    }

    @Test
    void invalidEditIsRefusedWithAMessageAndValidEditIsSaved() {
        assertThat(inventory.edit(row(fixture.bathTowels), InventoryViewModel.Field.QUANTITY, "lots")).isFalse();
        assertThat(inventory.messageProperty().get()).contains("lots");
        inventory.edit(row(fixture.bathTowels), InventoryViewModel.Field.QUANTITY, "0");
        assertThat(inventory.messageProperty().get()).contains("Quantity");
        assertThat(row(fixture.bathTowels).quantity()).isEqualByComparingTo("10");
        inventory.edit(row(fixture.bathTowels), InventoryViewModel.Field.QUANTITY, "12,5");
        assertThat(row(fixture.bathTowels).quantity()).isEqualByComparingTo("12.5");
        assertThat(inventory.totalsProperty().get().quantity()).isEqualByComparingTo("33.5");
    }

    @Test
    void inFrenchNumbersShowAndAreTypedWithADecimalCommaAndAnAmbiguousOneIsRefused() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            InventoryViewModel french = new InventoryViewModel(new GuiContext(workspace,
                    new CurrentThreadTaskExecutor(), dialogs, () -> { }));
            french.refresh();
            InventoryRow towels = french.rows().stream().filter(r -> r.id() == fixture.bathTowels).findFirst()
                    .orElseThrow();

            assertThat(french.edit(towels, InventoryViewModel.Field.QUANTITY, "1.234")).isFalse();
            assertThat(french.messageProperty().get()).isEqualTo("« 1.234 » peut se lire de deux façons ; écrivez"
                    + " 1234 ou 1,234.");
            french.edit(towels, InventoryViewModel.Field.QUANTITY, "1 234,5");

            assertThat(french.totalsProperty().get().quantity()).isEqualByComparingTo("1255.5");
            assertThat(french.totalsTextProperty().get()).isEqualTo("3 articles, quantité 1\u202f255,5, 540,8 kg,"
                    + " valeur 2\u202f529,00\u00a0€");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void deleteAsksThenCanBeUndone() {
        dialogs.answerConfirm(false);
        inventory.delete(List.of(row(fixture.bathTowels)));
        assertThat(inventory.rows()).hasSize(3);
        dialogs.answerConfirm(true);
        inventory.delete(List.of(row(fixture.bathTowels)));
        assertThat(dialogs.shown("confirm").get(1).text()).contains("bath towels");
        assertThat(inventory.rows()).hasSize(2);
        assertThat(inventory.messageProperty().get()).isEqualTo("1 item deleted; Undo (Ctrl+Z) brings it back.");
        assertThat(inventory.undoDeleteAvailableProperty().get()).isTrue();
        inventory.undoDelete();
        assertThat(inventory.rows()).extracting(InventoryRow::id).contains(fixture.bathTowels);
        assertThat(inventory.undoDeleteAvailableProperty().get()).isFalse();
    }

    @Test
    void packedItemsAreNotDeleted() {
        dialogs.answerConfirm(true);
        inventory.delete(List.of(row(fixture.fridge)));
        assertThat(inventory.messageProperty().get()).contains("packed");
        assertThat(inventory.rows()).hasSize(3);
    }

    @Test
    void exportWritesTheShownRows() throws Exception {
        inventory.searchTextProperty().set("fridge");
        dialogs.fileToSave = dir.resolve("shown.csv");
        inventory.export(List.copyOf(inventory.rows()), false);
        assertThat(Files.readAllLines(dialogs.fileToSave)).hasSize(2).last().asString().contains("fridge Bosch");
    }
}
