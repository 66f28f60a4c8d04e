package org.shipshape.gui.planning;

import org.shipshape.gui.support.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningFixture;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.workspace.Workspace;

class WillItFitViewModelTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private RecordingDialogs dialogs;
    private WillItFitViewModel model;

    @BeforeEach
    void shipmentWithPackedPackages() {
        workspace = Workspace.open(folder.resolve("fit.db"), false, "Test volunteer");
        PlanningFixture.createShipment(workspace);
        dialogs = new RecordingDialogs();
        model = new WillItFitViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { }),
                new ShipmentPlanService(workspace, PlannerSettings.defaults().withTimeLimit(Duration.ofSeconds(2)),
                        Duration.ofMillis(500)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theAnswerNamesWhatDoesNotFitAndHowManyMoreStandardBoxesFit() {
        model.check(PlanningFixture.REFERENCE);

        assertThat(dialogs.errors).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        // the fixture has one package wider than the door, so not everything fits
        assertThat(model.answerProperty().get()).contains("do not fit").contains("Still fits:")
                .contains("Medium box");
    }

    @Test
    void withoutAShipmentItAsksForOne() {
        model.check(null);

        assertThat(model.answerProperty().get()).isEqualTo("Choose a shipment first.");
    }
}
