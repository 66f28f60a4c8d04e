package org.shipshape.gui.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.support.ScannerKeys;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipments.Shipment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a volunteer with a scanner sees: where the field is, which colour says what. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class LoadingFeedbackTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private Scene scene;
    private final java.util.List<String> played = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScanSounds sounds = new ScanSounds() {
        @Override
        public void loaded() {
            played.add("loaded");
        }

        @Override
        public void refused() {
            played.add("refused");
        }
    };

    @Start
    void start(Stage stage) {
        workspace = ShippingFixture.open(folder);
        ShippingFixture fixture = new ShippingFixture(workspace);
        Shipment other = fixture.shipment("BEN-2026-02", "40HC");
        fixture.sealedBox(other.id(), "BEN-0001", "10");
        Shipment shipment = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBoxes(shipment.id(), "MLI", 5);
        LoadingView view = new LoadingView(new LoadingViewModel(new GuiContext(workspace,
                new CurrentThreadTaskExecutor(), new RecordingDialogs(), () -> { })), sounds);
        scene = new Scene((javafx.scene.Parent) view.root(), 1024, 700);
        stage.setScene(scene);
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void chooseMali(FxRobot robot) {
        robot.interact(() -> robot.lookup("#loading-shipment").<Shipment>queryComboBox().getSelectionModel()
                .select(robot.lookup("#loading-shipment").<Shipment>queryComboBox().getItems().stream()
                        .filter(s -> s.reference().equals("MLI-2026-01")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void scan(FxRobot robot, String number) {
        new ScannerKeys(robot, scene).type(number).key(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRefusalDoesNotMoveTheScanField(FxRobot robot) {
        chooseMali(robot);
        Bounds before = bounds(robot.lookup("#loading-scan").query());
        scan(robot, "MLI-0001");
        assertThat(bounds(robot.lookup("#loading-scan").query())).isEqualTo(before);

        scan(robot, "BEN-0001");

        assertThat(robot.lookup("#loading-refusal").queryAs(Label.class).getText()).contains("BEN-2026-02");
        assertThat(bounds(robot.lookup("#loading-scan").query())).isEqualTo(before);
    }

    @Test
    void successAndRefusalEachHaveTheirOwnColour(FxRobot robot) {
        chooseMali(robot);
        scan(robot, "MLI-0001");
        Node feedback = robot.lookup("#loading-feedback").query();
        assertThat(feedback.getStyleClass()).contains("scan-success").doesNotContain("scan-refusal");

        scan(robot, "BEN-0001");
        assertThat(feedback.getStyleClass()).contains("scan-refusal").doesNotContain("scan-success");

        scan(robot, "MLI-0002");
        assertThat(feedback.getStyleClass()).contains("scan-success").doesNotContain("scan-refusal");
    }

    @Test
    void theLastNumberDoesNotStayLargeUnderARefusal(FxRobot robot) {
        chooseMali(robot);
        scan(robot, "MLI-0001");
        assertThat(robot.lookup("#loading-last-number").queryAs(Label.class).getText()).isEqualTo("MLI-0001");

        scan(robot, "BEN-0001");

        Label last = robot.lookup("#loading-last-number").queryAs(Label.class);
        assertThat(last.isVisible() && !last.getText().isEmpty()).isFalse();
        assertThat(robot.lookup("#loading-previous").queryAs(Label.class).getText()).contains("MLI-0001");
    }

    @Test
    void aLoadedPackageAndARefusalEachSoundTheirOwnTone(FxRobot robot) {
        chooseMali(robot);
        scan(robot, "MLI-0001");
        scan(robot, "BEN-0001");
        scan(robot, "BEN-0001");
        scan(robot, "MLI-0002");

        assertThat(played).containsExactly("loaded", "refused", "refused", "loaded");
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
