package org.shipshape.gui.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.Duration;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.planning.LoadPlanPdf;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningFixture;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.planning.LoadPlan;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The load plan screen on graphics without 3D, as on the headless test display (and on virtual machines, remote
 * desktops and old office PCs): the plan must be drawn in 2D, not left blank.
 */
@ExtendWith(ApplicationExtension.class)
class LoadPlanView2dTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private LoadPlanView view;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Test volunteer");
        PlanningFixture.createShipment(workspace);
        ShipmentPlanService service = new ShipmentPlanService(workspace,
                PlannerSettings.defaults().withTimeLimit(Duration.ofSeconds(1)), Duration.ofMillis(100));
        view = new LoadPlanView(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { }),
                service);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void withoutThreeDThePlanIsDrawnFromTheSideAndFromAboveWithOneLineSayingWhy(FxRobot robot) {
        assumeFalse(Platform.isSupported(ConditionalFeature.SCENE3D), "this display can show 3D");

        plan(robot);

        assertThat(robot.lookup("#plan-3d").tryQuery()).isEmpty();
        Label reason = robot.lookup("#plan-2d-reason").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).contains("3D");
        LoadPlan plan = view.viewModel().planProperty().get().plan();
        int sections = LoadPlanPdf.sectionCount(plan.container());
        for (int s = 1; s <= sections; s++) {
            assertThat(robot.lookup("#plan-2d-section-" + s).tryQuery()).isPresent();
        }
        // Every package is drawn at least twice: once from the side, once from above.
        assertThat(visibleShapes(robot)).isGreaterThanOrEqualTo(2L * PlanningFixture.PLANNABLE);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void stepsThroughTheLoadingOrderInTwoD(FxRobot robot) {
        assumeFalse(Platform.isSupported(ConditionalFeature.SCENE3D), "this display can show 3D");
        plan(robot);
        long all = visibleShapes(robot);

        robot.type(KeyCode.HOME);

        assertThat(visibleShapes(robot)).isZero();

        robot.type(KeyCode.RIGHT);

        assertThat(visibleShapes(robot)).isBetween(2L, all - 1);
        assertThat(robot.lookup("#plan-current").queryAs(Label.class).getText())
                .isEqualTo(view.viewModel().planProperty().get().plan().placements().get(0).item().id());
    }

    @Test
    void theListsSayNothingIsLeftOutOnlyOnceThereIsAPlan(FxRobot robot) {
        assertThat(robot.lookup("#plan-unplaced-empty").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#plan-warnings-empty").queryAs(Label.class).getText()).isEmpty();

        plan(robot);

        assertThat(robot.lookup("#plan-warnings-empty").queryAs(Label.class).getText()).isEqualTo("No warnings.");
    }

    private void plan(FxRobot robot) {
        robot.clickOn("#plan-shipment").clickOn(PlanningFixture.REFERENCE);
        robot.clickOn("#plan-run");
        assertThat(view.viewModel().planProperty().get()).isNotNull();
    }

    private static long visibleShapes(FxRobot robot) {
        return robot.lookup(".plan-2d-package").queryAllAs(Rectangle.class).stream()
                .filter(Node::isVisible).count();
    }
}
