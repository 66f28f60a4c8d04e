package org.shipshape.gui.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The loading screen before there is anything to load: it says so, without empty marks or axes. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class LoadingOnAnEmptyWarehouseTest {
    @TempDir
    Path folder;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(folder.resolve("empty.db"), false, "Test volunteer");
        LoadingView view = new LoadingView(new LoadingViewModel(new GuiContext(workspace,
                new CurrentThreadTaskExecutor(), new RecordingDialogs(), () -> { })), ScanSounds.NONE);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1024, 700));
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void noTickWithoutASentenceAndNoEmptyChart(FxRobot robot) {
        Label answer = robot.lookup("#loading-last-action").queryAs(Label.class);
        assertThat(answer.isVisible() && answer.getText().isBlank()).isFalse();
        assertThat(robot.lookup("#loading-chart-empty").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#loading-chart").queryAs(javafx.scene.chart.XYChart.class).isVisible()).isFalse();
    }
}
