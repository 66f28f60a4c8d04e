package org.shipshape.gui.donors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.support.Clipping;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The donors screen in a narrow, low window: the receipt row wraps and stays reachable; the empty gift list says why. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class DonorsViewTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private Scene scene;

    @Start
    void start(Stage stage) {
        // the window's theme: its controls are taller than the bare ones, as a volunteer sees them
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        workspace = Workspace.open(dir.resolve("donors.db"), false, "Test volunteer");
        DonorsView view = new DonorsView(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        // the section area of a 1024x700 window, where the receipt row cannot stay on one line
        scene = new Scene((Parent) view.root(), 820, 520);
        stage.setScene(scene);
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyControlCanBeReachedInALowWindow(FxRobot robot) {
        robot.interact(() -> assertThat(Clipping.outsideTheWindow(scene)).isEmpty());
    }

    @Test
    void theGiftListAsksForADonorBeforeOneIsChosen(FxRobot robot) {
        TableView<?> gifts = robot.lookup("#donors-gifts").queryAs(TableView.class);
        assertThat(((Labeled) gifts.getPlaceholder()).getText())
                .isEqualTo(Messages.of(DonorsView.class).get("gifts.chooseDonor"));
    }
}
