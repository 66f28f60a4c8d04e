package org.shipshape.gui.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.PackageDetails;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PackingViewTest {
    private PackingFixture fixture;
    private RecordingDialogs dialogs;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("packing-view");
        fixture = PackingFixture.create(folder);
        dialogs = new RecordingDialogs().answerConfirm(true);
        org.shipshape.gui.common.GuiContext context = new org.shipshape.gui.common.GuiContext(fixture.workspace,
                new CurrentThreadTaskExecutor(), dialogs, () -> { });
        PackingViewModel model = new PackingViewModel(context, new org.shipshape.gui.labels.LabelsViewModel(context));
        model.refreshChoices();
        model.shipmentProperty().set(model.shipments().stream()
                .filter(c -> Long.valueOf(fixture.moldova).equals(c.id())).findFirst().orElseThrow());
        stage.setScene(new Scene((javafx.scene.Parent) new PackingView(model).root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void onAShortWindowThePackingListStaysBelowItsWrappedHeading(FxRobot robot) {
        // 1024 wide and short: the empty database's banner above takes the height of the 1024x700 window
        robot.interact(() -> robot.window(0).setWidth(1024));
        robot.interact(() -> robot.window(0).setHeight(480));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Label heading = robot.lookup("#packing-list-heading").queryAs(
                javafx.scene.control.Label.class);
        javafx.geometry.Bounds headingBounds = heading.localToScene(heading.getLayoutBounds());
        javafx.scene.Node list = robot.lookup("#packing-list").query();
        javafx.geometry.Bounds listBounds = list.localToScene(list.getLayoutBounds());
        assertThat(heading.getHeight()).as("the heading shows all its lines")
                .isGreaterThanOrEqualTo(heading.prefHeight(heading.getWidth()) - 0.5);
        assertThat(listBounds.getMinY()).as("the list starts below the heading").isGreaterThanOrEqualTo(
                headingBounds.getMaxY());
    }

    @Test
    void aMixedBoxIsPackedAndSealedWithTheKeyboardOnly(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#packing-scan").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("MLD-0500").type(KeyCode.ENTER);
        robot.write("books").type(KeyCode.ENTER);
        robot.write("40").type(KeyCode.ENTER);
        robot.write("toys").type(KeyCode.ENTER);
        robot.write("12").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        robot.write("M").type(KeyCode.ENTER);
        robot.write("12,5").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        PackageDetails packed = new PackingService(fixture.workspace).open("MLD-0500").orElseThrow();
        assertThat(packed.pkg().status()).isEqualTo(PackageStatus.SEALED);
        assertThat(packed.lines()).extracting(ContentLine::description)
                .containsExactly("Books", "Toys, dolls and puzzles");
        assertThat(packed.lines()).extracting(l -> l.quantity().intValue()).containsExactly(40, 12);
        assertThat(packed.pkg().grossKg()).isEqualByComparingTo("12.5");
        assertThat(packed.pkg().dimensions()).isEqualTo(new Dimensions(60, 40, 40));
        assertThat(dialogs.confirmations()).containsExactly("Create package MLD-0500");
        assertThat(robot.lookup("#packing-category").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#packing-list").queryTableView().getItems()).hasSize(1);
    }

    @Test
    void warningsAppearWhileTyping(FxRobot robot) {
        fixture.packageWith("MLD-0009", fixture.moldova, null, "Soft toys", 10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("MLD-0009").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        robot.write("30");
        WaitForAsyncUtils.waitForFxEvents();

        String warnings = robot.lookup("#packing-warnings").queryAs(javafx.scene.layout.VBox.class).getChildrenUnmodifiable()
                .stream().map(n -> ((javafx.scene.control.Label) n).getText()).reduce("", String::concat);
        assertThat(warnings).contains("over the 25 kg limit").contains("Soft toys").contains("Not allowed:");
    }
}
