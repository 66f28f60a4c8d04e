package org.shipshape.gui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.labels.LabelStocks;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.store.audit.AuditRepository;

/**
 * The label stocks editor (issue 12): add, edit, delete and undo each, a delete refused for the default stock with
 * its reason, retiring, which takes the stock off the labels pane but keeps it readable, and a bad field named.
 */
class LabelStocksViewModelTest {
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private RecordingDialogs dialogs;
    private LabelStocksViewModel editor;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        dialogs = new RecordingDialogs();
        editor = new LabelStocksViewModel(context());
        editor.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aStockIsAddedEditedDeletedAndEachStepIsUndone() {
        editor.newEntry();
        editor.codeProperty().set("l7173");
        editor.nameProperty().set("Avery L7173 (A4, 10 per sheet)");
        editor.pageWidthProperty().set("210");
        editor.pageHeightProperty().set("297");
        editor.columnsProperty().set("2");
        editor.rowsProperty().set("5");
        editor.labelWidthProperty().set("99.1");
        editor.labelHeightProperty().set("57");
        editor.marginLeftProperty().set("4.65");
        editor.marginTopProperty().set("6");
        editor.pitchXProperty().set("101.6");
        editor.pitchYProperty().set("57");
        editor.save();
        assertThat(editor.problems()).isEmpty();
        LabelStock added = stored("l7173");
        assertThat(added.columns()).isEqualTo(2);
        assertThat(added.rows()).isEqualTo(5);
        assertThat(added.labelWidthMm()).isEqualTo(99.1);

        select("l7173");
        editor.nameProperty().set("Avery L7173");
        editor.offsetXProperty().set("1.5");
        editor.save();
        assertThat(stored("l7173").name()).isEqualTo("Avery L7173");
        assertThat(stored("l7173").offsetXMm()).isEqualTo(1.5);

        editor.undo();
        assertThat(stored("l7173").name()).isEqualTo("Avery L7173 (A4, 10 per sheet)");
        assertThat(stored("l7173").offsetXMm()).isEqualTo(0.0);

        select("l7173");
        editor.delete();
        assertThat(storedCodes()).doesNotContain("l7173");
        assertThat(editor.undoLabelProperty().get()).contains("l7173");
        editor.undo();
        assertThat(storedCodes()).contains("l7173");

        editor.undo(); // the addition itself
        assertThat(storedCodes()).doesNotContain("l7173");
        assertThat(new AuditRepository(fixture.workspace.database()).recentFor("label_stock", 10)).isNotEmpty();
    }

    @Test
    void theDefaultStockCannotBeDeletedNorRetiredAndTheReasonIsShown() {
        select("4x6");
        editor.delete();
        assertThat(editor.statusProperty().get()).as("errors: %s", dialogs.errors)
                .isEqualTo("Label stock 4x6 is the default one; choose another default in the settings before"
                        + " deleting it.");
        assertThat(storedCodes()).contains("4x6");

        select("4x6");
        editor.toggleRetired();
        assertThat(editor.statusProperty().get())
                .isEqualTo("Label stock 4x6 is the default one; choose another default in the settings before"
                        + " retiring it.");
        assertThat(stored("4x6").retired()).isFalse();
    }

    @Test
    void aRetiredStockIsNoLongerOfferedForLabelsButIsKept() {
        select("l7165");
        editor.toggleRetired();
        assertThat(stored("l7165").retired()).isTrue();
        assertThat(stored("l7165").name()).isEqualTo("Avery L7165 (A4, 8 per sheet)");

        LabelsViewModel labels = new LabelsViewModel(context());
        labels.refreshChoices();
        assertThat(labels.labelStocks()).extracting(LabelStock::code).doesNotContain("l7165").contains("4x6", "a6");

        editor.showRetiredProperty().set(false);
        assertThat(editor.shown()).extracting(LabelStock::code).doesNotContain("l7165");
        editor.showRetiredProperty().set(true);
        assertThat(editor.shown()).extracting(LabelStock::code).contains("l7165");

        editor.undo();
        assertThat(stored("l7165").retired()).isFalse();
        labels.refreshChoices();
        assertThat(labels.labelStocks()).extracting(LabelStock::code).contains("l7165");
    }

    @Test
    void badInputIsNamedByFieldAndNothingIsSaved() {
        editor.newEntry();
        editor.codeProperty().set("a6");
        editor.nameProperty().set("");
        editor.pageWidthProperty().set("wide");
        editor.pageHeightProperty().set("148");
        editor.labelWidthProperty().set("105");
        editor.labelHeightProperty().set("148");
        editor.validate();
        assertThat(editor.problems()).anyMatch(p -> p.startsWith("Page width (mm):"));
        editor.pageWidthProperty().set("105");
        editor.validate();
        assertThat(editor.problems()).anyMatch(p -> p.contains("there is a label stock a6 already"))
                .anyMatch(p -> p.startsWith("Name:"));
        int before = storedCodes().size();
        editor.save();
        assertThat(storedCodes()).hasSize(before);
    }

    private GuiContext context() {
        return new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { });
    }

    private void select(String code) {
        editor.selectedProperty().set(editor.entries().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow());
    }

    private LabelStock stored(String code) {
        return new LabelStocks(fixture.workspace).all().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private List<String> storedCodes() {
        return new LabelStocks(fixture.workspace).all().stream().map(LabelStock::code).toList();
    }
}
