package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.gui.support.Clipping;
import org.shipshape.gui.support.FxExceptions;
import org.testfx.api.FxRobot;

/**
 * Every section of the real window on the sample warehouse, at the most common laptop screen and at a small one:
 * no text is cut short ("Co...", "MDA-0..."), and nothing sits outside the window where no scroll bar reaches it.
 */
@ExtendWith(FxExceptions.class)
class ScreensAtLaptopSizesTest {
    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1024, 700"})
    void everySectionFitsTheWindowWithoutCuttingText(int width, int height) throws Exception {
        try (AppWindow window = AppWindow.start(robot, AppWindow.sampleDatabase(folder), width, height)) {
            List<String> problems = new ArrayList<>();
            for (Tab tab : List.copyOf(window.sections().getTabs())) {
                window.select(tab.getId().substring("section-".length()));
                window.waitUntilLoaded();
                robot.interact(() -> {
                    Clipping.truncatedTexts((Parent) window.scene().getRoot())
                            .forEach(p -> problems.add(tab.getId() + ": " + p));
                    Clipping.outsideTheWindow(window.scene()).forEach(p -> problems.add(tab.getId() + ": " + p));
                });
            }
            assertThat(problems).isEmpty();
        }
    }
}
