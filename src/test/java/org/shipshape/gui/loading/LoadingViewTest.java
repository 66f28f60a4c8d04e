package org.shipshape.gui.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.loading.LoadRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoadingViewTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Shipment shipment;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        workspace = ShippingFixture.open(folder);
        ShippingFixture fixture = new ShippingFixture(workspace);
        Shipment other = fixture.shipment("BEN-2026-02", "40HC");
        fixture.sealedBox(other.id(), "BEN-0001", "10");
        shipment = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBoxes(shipment.id(), "MLI", 25);
        GuiContext context = new GuiContext(workspace, new CurrentThreadTaskExecutor(), new RecordingDialogs(),
                () -> { });
        LoadingView view = new LoadingView(context);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1000, 700));
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void scan(FxRobot robot, String number) {
        robot.write(number).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void twentyScansWithAWrongOneAndAnUndo(FxRobot robot) {
        robot.interact(() -> robot.lookup("#loading-shipment").<Shipment>queryComboBox().getSelectionModel()
                .select(robot.lookup("#loading-shipment").<Shipment>queryComboBox().getItems().stream()
                        .filter(s -> s.reference().equals("MLI-2026-01")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#loading-count")).isEqualTo("loaded 0 of 25");
        assertThat(robot.lookup("#loading-scan").queryAs(TextField.class).isFocused()).isTrue();

        for (int i = 1; i <= 18; i++) {
            scan(robot, String.format("MLI-%04d", i));
        }
        assertThat(text(robot, "#loading-count")).isEqualTo("loaded 18 of 25");
        assertThat(text(robot, "#loading-last-number")).isEqualTo("MLI-0018");
        assertThat(text(robot, "#loading-last-contents")).contains("Men's cotton shirts, used, 20 pcs");
        assertThat(robot.lookup("#loading-refusal").queryAs(Label.class).isVisible()).isFalse();

        scan(robot, "BEN-0001");
        assertThat(robot.lookup("#loading-refusal").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#loading-refusal")).contains("belongs to shipment BEN-2026-02");
        assertThat(text(robot, "#loading-count")).isEqualTo("loaded 18 of 25");
        assertThat(robot.lookup("#loading-scan").queryAs(TextField.class).getText()).isEmpty();

        scan(robot, "MLI-0019");
        assertThat(robot.lookup("#loading-refusal").queryAs(Label.class).isVisible()).isFalse();
        assertThat(text(robot, "#loading-count")).isEqualTo("loaded 19 of 25");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#loading-count")).isEqualTo("loaded 18 of 25");
        assertThat(text(robot, "#loading-last-number")).isEqualTo("MLI-0019");
        assertThat(new LoadRepository(workspace.database()).loadsOf(shipment.id())).hasSize(18);
        // 18 boxes of 60 x 40 x 40 cm = 1.728 m3 of 28.217 m3 usable; 18 x 12.5 kg = 225 kg of 28,200 kg
        assertThat(robot.lookup("#loading-volume-bar").queryAs(ProgressBar.class).getProgress())
                .isCloseTo(1.728 / 28.217, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(robot.lookup("#loading-weight-bar").queryAs(ProgressBar.class).getProgress())
                .isCloseTo(225 / 28200.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(robot.lookup("#loading-count-bar").queryAs(ProgressBar.class).getProgress())
                .isCloseTo(18 / 25.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(text(robot, "#loading-volume-text")).startsWith("1.73 of 28.22 m3 usable (6%");
        assertThat(text(robot, "#loading-weight-text")).startsWith("225 of 28,200 kg payload");
        assertThat(robot.lookup("#loading-pick-list").queryAs(TableView.class).getItems()).hasSize(7);
        assertThat(robot.lookup("#loading-scan").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void thePickListLoadsOnDoubleClick(FxRobot robot) {
        robot.interact(() -> robot.lookup("#loading-shipment").<Shipment>queryComboBox().getSelectionModel()
                .select(robot.lookup("#loading-shipment").<Shipment>queryComboBox().getItems().stream()
                        .filter(s -> s.reference().equals("MLI-2026-01")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#loading-pick-list").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(25);

        robot.doubleClickOn(robot.lookup("#loading-pick-list .table-row-cell").match((javafx.scene.control.TableRow<
                org.shipshape.logic.shipments.ShipmentPackage> row) -> row.getItem() != null
                && row.getItem().number().equals("MLI-0003")).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#loading-last-number")).isEqualTo("MLI-0003");
        assertThat(text(robot, "#loading-count")).isEqualTo("loaded 1 of 25");
        assertThat(table.getItems()).hasSize(24);
    }
}
