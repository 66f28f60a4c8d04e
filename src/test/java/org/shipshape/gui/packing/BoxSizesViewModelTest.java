package org.shipshape.gui.packing;

import org.shipshape.gui.labels.LabelsViewModel;
import org.shipshape.gui.support.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.packing.PackageRepository;

/**
 * The box sizes editor (issue 12): add, edit, delete and undo each, search, a delete refused with its reason while
 * packages use the size, and retiring, which takes the size off the packing screen's buttons but leaves the
 * packages measured with it as they are.
 */
class BoxSizesViewModelTest {
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private RecordingDialogs dialogs;
    private BoxSizesViewModel editor;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        dialogs = new RecordingDialogs();
        editor = new BoxSizesViewModel(new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), dialogs,
                () -> { }));
        editor.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSizeIsAddedEditedDeletedAndEachStepIsUndone() {
        editor.newEntry();
        type("xl", "Extra large box", "100", "60", "60");
        editor.save();
        assertThat(codes()).contains("XL");
        assertThat(size("XL").dimensions()).isEqualTo(new Dimensions(100, 60, 60));

        select("XL");
        editor.nameProperty().set("Very large box");
        editor.heightProperty().set("70");
        editor.save();
        assertThat(size("XL").name()).isEqualTo("Very large box");
        assertThat(size("XL").dimensions()).isEqualTo(new Dimensions(100, 60, 70));

        editor.undo();
        assertThat(size("XL").name()).isEqualTo("Extra large box");
        assertThat(size("XL").dimensions()).isEqualTo(new Dimensions(100, 60, 60));

        select("XL");
        editor.delete();
        assertThat(codes()).doesNotContain("XL");
        assertThat(editor.undoLabelProperty().get()).contains("XL");
        editor.undo();
        assertThat(codes()).contains("XL");

        editor.undo(); // the addition itself
        assertThat(codes()).doesNotContain("XL");
        assertThat(new AuditRepository(fixture.workspace.database()).recentFor("box_size", 10)).isNotEmpty();
    }

    @Test
    void badInputIsNamedByFieldAndNothingIsSaved() {
        editor.newEntry();
        type("M", "", "sixty", "40", "40");
        assertThat(editor.problems()).anyMatch(p -> p.contains("Length"));
        editor.lengthProperty().set("60");
        assertThat(editor.problems()).anyMatch(p -> p.contains("there is a box size M already"))
                .anyMatch(p -> p.startsWith("Name:"));
        int before = editor.entries().size();
        editor.save();
        assertThat(editor.entries()).hasSize(before);
    }

    @Test
    void searchNarrowsTheList() {
        editor.searchProperty().set("banana");
        assertThat(editor.shown()).extracting(BoxSize::code).containsExactly("BANANA");
        editor.searchProperty().set("");
        assertThat(editor.shown()).extracting(BoxSize::code).contains("S", "M", "L", "BANANA");
    }

    @Test
    void aSizeInUseCannotBeDeletedButIsRetiredAndStaysOnItsPackages() {
        long used = fixture.packageWith("MLD-0001", fixture.moldova, new BigDecimal("12"), "Books", 10);
        editor.load();

        select("M");
        editor.delete();
        assertThat(editor.statusProperty().get()).as("errors: %s", dialogs.errors)
                .isEqualTo("Box size M is used by 1 package; retire it instead, so it is no longer offered but"
                        + " stays on them.");
        assertThat(codes()).contains("M");

        editor.toggleRetired();
        assertThat(size("M").retired()).isTrue();
        GuiContext context = new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { });
        PackingViewModel packing = new PackingViewModel(context, new LabelsViewModel(context));
        packing.refreshChoices();
        assertThat(packing.boxSizes()).extracting(BoxSize::code).doesNotContain("M").contains("S", "L");
        assertThat(new PackageRepository(fixture.workspace.database()).findById(used).orElseThrow().dimensions())
                .isEqualTo(new Dimensions(60, 40, 40));

        editor.showRetiredProperty().set(false);
        assertThat(editor.shown()).extracting(BoxSize::code).doesNotContain("M");
        editor.showRetiredProperty().set(true);
        assertThat(editor.shown()).extracting(BoxSize::code).contains("M");

        editor.undo();
        assertThat(size("M").retired()).isFalse();
    }

    private void type(String code, String name, String length, String width, String height) {
        editor.codeProperty().set(code);
        editor.nameProperty().set(name);
        editor.lengthProperty().set(length);
        editor.widthProperty().set(width);
        editor.heightProperty().set(height);
    }

    private void select(String code) {
        editor.selectedProperty().set(size(code));
    }

    private BoxSize size(String code) {
        return editor.entries().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private java.util.List<String> codes() {
        return editor.entries().stream().map(BoxSize::code).toList();
    }
}
