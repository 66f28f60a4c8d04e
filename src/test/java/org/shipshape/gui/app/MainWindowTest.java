package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.WarehouseCounts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a temporary database: empty-state offer, sample warehouse, every section. */
class MainWindowTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Path database;

    @BeforeEach
    void startTheApp() throws Exception {
        database = folder.resolve("t.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new ShipshapeApp(new StartupOptions(database, false, "Test volunteer")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void loadsTheSampleWarehouseAndShowsEverySection() throws Exception {
        Node banner = robot.lookup("#empty-state-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(numbersIn(statusCounts())).containsExactly(0L, 0L, 0L, 0L);

        robot.clickOn("#load-sample-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !banner.isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        WarehouseCounts counts;
        try (Workspace reader = Workspace.open(database, true, "Test reader")) {
            counts = reader.counts();
        }
        assertThat(counts.items()).isPositive();
        assertThat(numbersIn(statusCounts()))
                .containsExactly(counts.donors(), counts.items(), counts.packages(), counts.shipments());

        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
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
