package org.shipshape.gui.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.labels.LabelsViewModel;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.packing.PackingWarning;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageStatus;
import static org.shipshape.logic.text.Texts.english;

class PackingViewModelTest {
    @TempDir
    Path folder;
    PackingFixture fixture;
    RecordingDialogs dialogs;
    PackingViewModel model;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        dialogs = new RecordingDialogs();
        GuiContext context = new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { });
        model = new PackingViewModel(context, new LabelsViewModel(context));
        model.refreshChoices();
        model.shipmentProperty().set(model.shipments().stream()
                .filter(c -> Long.valueOf(fixture.moldova).equals(c.id())).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void scanningAKnownNumberShowsThePackageInTheForm() {
        fixture.packageWith("MLD-0042", fixture.moldova, new BigDecimal("12.5"), "Books", 40, "Shoes", 6);
        model.scanTextProperty().set("mld-0042");
        model.scan();

        assertThat(model.currentProperty().get().number()).isEqualTo("MLD-0042");
        assertThat(model.lines()).extracting(PackingViewModel.LineRow::description).containsExactly("Books", "Shoes");
        assertThat(model.weightTextProperty().get()).isEqualTo("12.5");
        assertThat(model.dimensionsTextProperty().get()).isEqualTo("60x40x40");
        assertThat(model.markProperty(HandlingMark.FRAGILE).get()).isTrue();
        assertThat(model.scanTextProperty().get()).isEmpty();
        assertThat(model.focusRequestProperty().get()).isEqualTo(PackingViewModel.Focus.CATEGORY);
        assertThat(dialogs.confirmations()).isEmpty();
    }

    @Test
    void anUnknownNumberIsCreatedOnlyWhenThePackerSaysSo() {
        dialogs.answerConfirm(false);
        model.scanTextProperty().set("MLD-0500");
        model.scan();
        assertThat(model.currentProperty().get()).isNull();
        assertThat(dialogs.confirmations()).containsExactly("Create package MLD-0500");

        dialogs.answerConfirm(true);
        model.scanTextProperty().set("MLD-0500");
        model.scan();
        assertThat(model.currentProperty().get().number()).isEqualTo("MLD-0500");
        assertThat(model.currentProperty().get().shipment().reference()).isEqualTo("MLD-2026-01");
    }

    @Test
    void aLineIsAddedFromPartOfTheCategoryNameAndACount() {
        model.newBox();
        model.categoryTextProperty().set("picture");
        assertThat(model.categoryMatchProperty().get()).isEqualTo("Children's picture books");
        model.countTextProperty().set("25");

        model.addLine();

        assertThat(model.lines()).singleElement().satisfies(row -> {
            assertThat(row.description()).isEqualTo("Children's picture books");
            assertThat(row.count()).isEqualTo("25");
        });
        assertThat(model.categoryTextProperty().get()).isEmpty();
        assertThat(model.packingList()).singleElement().satisfies(r -> assertThat(r.lineCount()).isEqualTo(1));
    }

    @Test
    void aTypedValueAndConditionGoOnTheLine() {
        model.newBox();
        model.categoryTextProperty().set("Books");
        model.countTextProperty().set("3");
        model.valueTextProperty().set("7,50");
        model.conditionProperty().set(org.shipshape.model.intake.Condition.NEW);

        model.addLine();

        var line = model.currentProperty().get().lines().get(0);
        assertThat(line.value()).isEqualByComparingTo("7.50");
        assertThat(line.condition()).isEqualTo(org.shipshape.model.intake.Condition.NEW);
        assertThat(model.valueTextProperty().get()).isEmpty();
    }

    @Test
    void badInputIsExplainedBesideTheFormAndNothingIsSaved() {
        model.newBox();
        model.categoryTextProperty().set("clothes");
        model.countTextProperty().set("5");
        model.addLine();
        assertThat(model.messageProperty().get()).contains("no single category matches \"clothes\"");

        model.categoryTextProperty().set("Books");
        model.countTextProperty().set("-4");
        model.addLine();
        assertThat(model.messageProperty().get()).contains("Count for Books");

        model.weightTextProperty().set("-3 kg");
        model.saveWeight();
        assertThat(model.messageProperty().get()).contains("Gross weight");
        assertThat(model.lines()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void warningsFollowTheTypedWeight() {
        model.newBox();
        model.weightTextProperty().set("31,5");
        assertThat(model.warnings()).extracting(w -> english(w.text())).anyMatch(t -> t.contains("over the 25 kg limit"));
        model.weightTextProperty().set("12");
        assertThat(model.warnings()).extracting(w -> english(w.text())).noneMatch(t -> t.contains("limit"));
        model.weightTextProperty().set("");
        assertThat(model.warnings()).extracting(w -> english(w.text())).anyMatch(t -> t.startsWith("No gross weight"));
    }

    @Test
    void sealingSavesTheTypedWeightAndLocksTheForm() {
        model.newBox();
        model.dimensionsTextProperty().set("M");
        model.applyDimensions();
        model.weightTextProperty().set("14,2 kg");

        model.seal();

        assertThat(model.currentProperty().get().pkg().status()).isEqualTo(PackageStatus.SEALED);
        assertThat(model.currentProperty().get().pkg().grossKg()).isEqualByComparingTo("14.2");
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.sealedProperty().get()).isTrue();
    }

    @Test
    void sealingWithoutSizeNamesWhatIsMissing() {
        model.newBox();
        model.seal();
        assertThat(model.messageProperty().get()).contains("enter the gross weight and the dimensions");
        assertThat(model.currentProperty().get().pkg().status()).isEqualTo(PackageStatus.OPEN);
    }

    @Test
    void reopeningAsksForTheReason() {
        long id = fixture.packageWith("MLD-0060", fixture.moldova, BigDecimal.TEN, "Books", 3);
        new PackingService(fixture.workspace).seal(id);
        model.loadByNumber("MLD-0060");

        dialogs.answerText("forgot the pencils");
        model.reopen();

        assertThat(model.currentProperty().get().pkg().status()).isEqualTo(PackageStatus.OPEN);
        assertThat(model.editableProperty().get()).isTrue();
    }

    @Test
    void fiftyEmptyBoxesAreMadeAndTheirLabelsOpened() throws Exception {
        dialogs.answerText("50", "L");

        model.createEmptyBoxes();

        assertThat(model.packingList()).hasSize(50);
        assertThat(dialogs.opened).singleElement().satisfies(pdf -> {
            assertThat(Files.size(pdf)).isPositive();
            assertThat(pdf.getParent().getFileName().toString()).isEqualTo("labels");
        });
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void copiesAreCountedAndNamed() {
        model.newBox();
        dialogs.answerText("20");
        model.copyCurrent();
        assertThat(model.packingList()).hasSize(21);
        assertThat(model.messageProperty().get()).isEqualTo("20 copies of MLD-0001 made, MLD-0002 to MLD-0021.");
    }
}
