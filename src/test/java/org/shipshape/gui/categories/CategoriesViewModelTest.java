package org.shipshape.gui.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.HandlingFlag;

class CategoriesViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private CategoriesViewModel categories;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
        categories = new CategoriesViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        categories.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6309", "6309.0", "63.0900.1", "abcd.ef", "6309.001"})
    void malformedHsCodesAreRejected(String code) {
        categories.newCategory();
        categories.nameProperty().set("Sewing thread");
        categories.hsCodeProperty().set(code);
        assertThat(categories.hsCodeErrorProperty().get()).isNotEmpty();
        assertThat(categories.validProperty().get()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5401.10", "540110", "5401 10", ""})
    void wellFormedOrEmptyHsCodesAreAccepted(String code) {
        categories.newCategory();
        categories.nameProperty().set("Sewing thread");
        categories.hsCodeProperty().set(code);
        assertThat(categories.validProperty().get()).isTrue();
    }

    @Test
    void editingKeepsFlagsAndTranslations() {
        Category fridges = categories.categories().stream().filter(c -> c.name().equals("Fridges")).findFirst()
                .orElseThrow();
        categories.selectedProperty().set(fridges);
        assertThat(categories.flagProperty(HandlingFlag.NEEDS_TEST).get()).isTrue();
        categories.translationProperty(Language.RO).set("Frigidere (uzate)");
        categories.hsCodeProperty().set("841821");
        categories.save();
        Category saved = new CategoryService(workspace).all().stream().filter(c -> c.id() == fridges.id())
                .findFirst().orElseThrow();
        assertThat(saved.hsCode().value()).isEqualTo("8418.21");
        assertThat(saved.nameIn(Language.RO)).isEqualTo("Frigidere (uzate)");
        assertThat(saved.nameIn(Language.HY)).isEqualTo(fridges.nameIn(Language.HY));
        assertThat(saved.flags()).isEqualTo(fridges.flags());
    }

    @Test
    void duplicateNameIsRefusedWithAMessage() {
        categories.newCategory();
        categories.nameProperty().set("towels");
        categories.save();
        assertThat(categories.messageProperty().get()).contains("exists already");
    }

    @Test
    void anUntouchedNewFormShowsNoErrorUntilSaveIsTried() {
        categories.newCategory();
        assertThat(categories.nameErrorProperty().get()).isEmpty();
        assertThat(categories.validProperty().get()).isFalse();
        categories.save();
        assertThat(categories.nameErrorProperty().get()).isNotEmpty();
    }

    @Test
    void aNameTypedAndRemovedShowsTheError() {
        categories.newCategory();
        categories.nameProperty().set("Soap");
        categories.nameProperty().set("");
        assertThat(categories.nameErrorProperty().get()).isNotEmpty();
    }
}
