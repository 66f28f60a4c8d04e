package org.shipshape.gui.planning;

import org.shipshape.gui.support.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningFixture;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.shipments.ShipmentRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The load plan screen where 3D works; {@link LoadPlanView2dTest} covers computers without 3D. */
@ExtendWith(ApplicationExtension.class)
class LoadPlanViewTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private LoadPlanView view;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Test volunteer");
        new ShipmentRepository(workspace.database()).insert(Shipment.planned("AAA-2026-00", "BJ", "Partner", "EUR",
                "40HC"));
        PlanningFixture.createShipment(workspace);
        ShipmentPlanService service = new ShipmentPlanService(workspace,
                PlannerSettings.defaults().withTimeLimit(Duration.ofSeconds(1)), Duration.ofMillis(100));
        // 3D forced on: the headless test display cannot draw 3D, but the scene graph can still be checked.
        view = new LoadPlanView(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { }),
                service, true);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void stepsThroughTheLoadingOrderOfThePlannedShipment(FxRobot robot) {
        planFixtureShipment(robot);

        robot.type(KeyCode.HOME).type(KeyCode.RIGHT, 3);

        Placement third = view.viewModel().planProperty().get().plan().placements().get(2);
        assertThat(robot.lookup("#plan-current").queryAs(Label.class).getText()).isEqualTo(third.item().id());
        assertThat(robot.lookup("#plan-current-details").queryAs(Label.class).getText())
                .contains("3 of " + PlanningFixture.PLANNABLE, third.item().id());
        assertThat(visiblePackages(robot)).isEqualTo(3);

        robot.type(KeyCode.LEFT);

        assertThat(robot.lookup("#plan-current").queryAs(Label.class).getText())
                .isEqualTo(view.viewModel().planProperty().get().plan().placements().get(1).item().id());
        assertThat(visiblePackages(robot)).isEqualTo(2);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void sidePanelShowsFillUnplacedWarningsAndRoomLeft(FxRobot robot) {
        planFixtureShipment(robot);

        assertThat(robot.lookup("#plan-fill").queryAs(Label.class).getText())
                .contains(PlanningFixture.PLANNABLE + " of " + (PlanningFixture.PLANNABLE + 3) + " packages");
        assertThat(robot.lookup("#plan-unplaced").queryListView().getItems())
                .singleElement().asString().contains(PlanningFixture.TOO_WIDE, "door");
        assertThat(robot.lookup("#plan-warnings").queryListView().getItems())
                .anySatisfy(w -> assertThat(w.toString()).contains(PlanningFixture.UNMEASURED));
        ListView<?> roomLeft = robot.lookup("#plan-room-left").queryListView();
        assertThat(roomLeft.getItems()).hasSize(5)
                .allSatisfy(line -> assertThat(line.toString()).matches("\\d+ more .*"));
        assertThat(visiblePackages(robot)).isEqualTo(PlanningFixture.PLANNABLE);
    }

    @Test
    void writesTheLoadingPlanPdf(FxRobot robot) throws Exception {
        planFixtureShipment(robot);
        dialogs.fileToSave = dir.resolve("plan.pdf");

        robot.clickOn("#plan-pdf");

        assertThat(Files.size(dialogs.fileToSave)).isPositive();
        assertThat(robot.lookup("#plan-status").queryAs(Label.class).getText()).contains("plan.pdf");
    }

    private void planFixtureShipment(FxRobot robot) {
        robot.clickOn("#plan-shipment").clickOn(PlanningFixture.REFERENCE);
        robot.clickOn("#plan-run");
        assertThat(view.viewModel().planProperty().get()).isNotNull();
        assertThat(view.viewModel().planProperty().get().reference()).isEqualTo(PlanningFixture.REFERENCE);
    }

    private static long visiblePackages(FxRobot robot) {
        SubScene scene = robot.lookup("#plan-3d").query();
        Node packages = scene.getRoot().lookup("#plan-packages");
        return ((Group) packages).getChildren().stream().filter(Node::isVisible).count();
    }
}
