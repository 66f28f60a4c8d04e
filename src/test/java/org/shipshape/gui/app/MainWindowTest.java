package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.WarehouseCounts;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a temporary database: empty-state offer, sample warehouse, every section. */
class MainWindowTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private AppWindow window;
    private Path database;

    @BeforeEach
    void startTheApp() throws Exception {
        database = folder.resolve("t.db");
        window = AppWindow.start(robot, database, 1200, 760);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        window.close();
    }

    @Test
    void loadsTheSampleWarehouseAndShowsEverySection() throws Exception {
        Node banner = robot.lookup("#empty-state-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(numbersIn(statusCounts())).containsExactly(0L, 0L, 0L, 0L);

        robot.clickOn("#load-sample-button");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !banner.isVisible());
        } catch (TimeoutException e) {
            throw new AssertionError("The sample warehouse did not finish loading within 60 s; database now holds "
                    + countsIn(database) + ", windows: " + Window.getWindows(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        WarehouseCounts counts = countsIn(database);
        assertThat(counts.items()).isPositive();
        assertThat(numbersIn(statusCounts()))
                .containsExactly(counts.donors(), counts.items(), counts.packages(), counts.shipments());

        TabPane sections = window.sections();
        assertThat(sections.getTabs()).extracting(Tab::getId).contains("section-intake", "section-inventory",
                "section-packing", "section-shipments", "section-documents");
        for (Tab tab : sections.getTabs()) {
            robot.interact(() -> sections.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(sections.getSelectionModel().getSelectedItem()).isSameAs(tab);
            Node content = tab.getContent();
            assertThat(content).as("content of %s", tab.getId()).isNotNull();
            assertThat(content.isVisible()).as("%s visible", tab.getId()).isTrue();
            assertThat(content.getScene()).as("%s in the window", tab.getId()).isSameAs(sections.getScene());
            assertThat(content.getLayoutBounds().getWidth()).as("%s laid out", tab.getId()).isPositive();
        }
    }

    private static WarehouseCounts countsIn(Path database) {
        try (Workspace reader = Workspace.open(database, true, "Test reader")) {
            return reader.counts();
        }
    }

    private String statusCounts() {
        return robot.lookup("#status-counts").queryAs(Label.class).getText();
    }

    private static List<Long> numbersIn(String text) {
        Matcher matcher = NUMBER.matcher(text);
        List<Long> numbers = new java.util.ArrayList<>();
        while (matcher.find()) {
            numbers.add(Long.parseLong(matcher.group()));
        }
        return numbers;
    }
}
