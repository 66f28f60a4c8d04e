package org.shipshape.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.inventory.InventoryService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.model.intake.TestResult;

class IntakeViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private IntakeViewModel form;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
        form = new IntakeViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(), new RecordingDialogs(),
                () -> { }));
        form.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void fillValidTowels() {
        form.donorNameProperty().set("Anna Smith");
        form.categoryNameProperty().set("towels");
        form.descriptionProperty().set("bath towels");
        form.quantityProperty().set("12");
    }

    private List<InventoryRow> stored() {
        return new InventoryService(workspace).search(ItemFilter.ALL);
    }

    @Test
    void choosingACategoryFillsUnitHsCodeAndWeight() {
        form.categoryNameProperty().set("Shoes");
        assertThat(form.unitProperty().get()).isEqualTo("pairs");
        assertThat(form.hsCodeProperty().get()).isEqualTo("6309.00");
        assertThat(form.unitKgProperty().get()).isEqualTo("0.8");
    }

    @Test
    void changingCategoryKeepsAWeightTypedByHand() {
        form.categoryNameProperty().set("Shoes");
        form.unitKgProperty().set("1.1");
        form.categoryNameProperty().set("Towels");
        assertThat(form.unitKgProperty().get()).isEqualTo("1.1");
        assertThat(form.unitProperty().get()).isEqualTo("pcs");
    }

    @Test
    void saveIsDisabledUntilTheFormIsComplete() {
        assertThat(form.validProperty().get()).isFalse();
        fillValidTowels();
        assertThat(form.validProperty().get()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"quantity, 0", "quantity, -2", "quantity, abc", "quantity, ''", "unitValue, -1", "unitKg, 0"})
    void outOfRangeNumbersAreRejectedNextToTheirField(String field, String value) {
        fillValidTowels();
        switch (field) {
            case "quantity" -> form.quantityProperty().set(value);
            case "unitValue" -> form.unitValueProperty().set(value);
            default -> form.unitKgProperty().set(value);
        }
        assertThat(form.validProperty().get()).isFalse();
        String error = switch (field) {
            case "quantity" -> form.quantityErrorProperty().get();
            case "unitValue" -> form.unitValueErrorProperty().get();
            default -> form.unitKgErrorProperty().get();
        };
        assertThat(error).isNotBlank();
    }

    @Test
    void zeroValueAndDecimalCommaAreAccepted() {
        fillValidTowels();
        form.unitValueProperty().set("0");
        form.quantityProperty().set("2,5");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void heavyGoodsNeedAWeight() {
        fillValidTowels();
        form.categoryNameProperty().set("Sofas and armchairs");
        form.unitKgProperty().set("");
        assertThat(form.unitKgErrorProperty().get()).isNotBlank();
        form.categoryNameProperty().set("Towels");
        form.unitKgProperty().set("");
        assertThat(form.unitKgErrorProperty().get()).isEmpty();
    }

    @Test
    void unknownCategoryIsNamedInTheError() {
        form.categoryNameProperty().set("Spaceships");
        assertThat(form.categoryErrorProperty().get()).contains("Spaceships");
    }

    @Test
    void electricalGoodsShowTheTestRecordWhichMustBeCompleteOnceStarted() {
        fillValidTowels();
        assertThat(form.testRecordShownProperty().get()).isFalse();
        form.categoryNameProperty().set("Laptops");
        assertThat(form.testRecordShownProperty().get()).isTrue();
        assertThat(form.validProperty().get()).isTrue();
        form.testedByProperty().set("Marc");
        assertThat(form.testErrorProperty().get()).isNotBlank();
        form.testedOnProperty().set(LocalDate.of(2026, 3, 1));
        form.testResultProperty().set(TestResult.WORKING);
        assertThat(form.validProperty().get()).isTrue();
        form.save();
        assertThat(new InventoryService(workspace).item(stored().get(0).id()).testRecord().testedBy())
                .isEqualTo("Marc");
    }

    @Test
    void saveStoresClearsItemFieldsAndKeepsDonor() {
        fillValidTowels();
        form.locationProperty().set("Shelf 4");
        form.save();
        assertThat(stored()).singleElement().satisfies(row -> {
            assertThat(row.donorName()).isEqualTo("Anna Smith");
            assertThat(row.unitKg()).isEqualByComparingTo("0.4");
            assertThat(row.location()).isEqualTo("Shelf 4");
        });
        assertThat(form.descriptionProperty().get()).isEmpty();
        assertThat(form.categoryNameProperty().get()).isEmpty();
        assertThat(form.donorNameProperty().get()).isEqualTo("Anna Smith");
        assertThat(form.locationProperty().get()).isEqualTo("Shelf 4");
        assertThat(form.descriptionSuggestions()).contains("bath towels");
    }

    @Test
    void sameAsLastRepeatsTheEntry() {
        fillValidTowels();
        form.save();
        form.sameAsLast();
        assertThat(form.descriptionProperty().get()).isEqualTo("bath towels");
        assertThat(form.categoryProperty().get().name()).isEqualTo("Towels");
        form.save();
        assertThat(stored()).hasSize(2);
    }

    @Test
    void undoTakesBackTheLastSaveOnlyUntilSomethingIsTyped() {
        fillValidTowels();
        form.save();
        assertThat(form.undoesSaveOnShortcut()).isTrue();
        form.descriptionProperty().set("x");
        assertThat(form.undoesSaveOnShortcut()).isFalse();
        form.undoLastSave();
        assertThat(stored()).isEmpty();
        assertThat(form.statusProperty().get()).contains("taken back");
    }
}
