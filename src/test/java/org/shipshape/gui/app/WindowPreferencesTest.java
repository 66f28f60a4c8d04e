package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.support.FxExceptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On a real stage: the window opens inside its screen on the first start and with a size from a larger screen. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class WindowPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("org/shipshape/window");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void aSizeRememberedFromALargerScreenIsFittedIntoThisOne(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        node.putDouble("width", screen.getWidth() + 600);
        node.putDouble("height", screen.getHeight() + 400);
        node.putDouble("x", screen.getMinX() + 50);
        node.putDouble("y", screen.getMinY() + 20);
        node.putBoolean("maximized", false);

        robot.interact(() -> new WindowPreferences().restore(stage));

        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void theFirstStartFitsTheDefaultSizeIntoTheScreen(FxRobot robot) throws Exception {
        node.clear();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();

        robot.interact(() -> new WindowPreferences().restore(stage));

        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }
}
