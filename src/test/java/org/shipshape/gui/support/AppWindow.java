package org.shipshape.gui.support;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.shipshape.gui.app.ShipshapeApp;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application (background worker, dialogs, every section) in a window of a chosen size. */
public final class AppWindow implements AutoCloseable {
    private final FxRobot robot;
    private final Application app;
    private final Stage stage;

    private AppWindow(FxRobot robot, Application app, Stage stage) {
        this.robot = robot;
        this.app = app;
        this.stage = stage;
    }

    /** A new database holding the sample warehouse. */
    public static Path sampleDatabase(Path folder) {
        Path database = folder.resolve("sample-" + System.identityHashCode(new Object()) + ".db");
        try (Workspace workspace = Workspace.open(database, false, "Test volunteer")) {
            SampleWarehouse.load(workspace, Progress.NONE);
        }
        return database;
    }

    /** Starts the app on the database with the window at this size, and waits until its first section shows. */
    public static AppWindow start(FxRobot robot, Path database, double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new ShipshapeApp(new StartupOptions(database, false,
                "Test volunteer")));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        AppWindow window = new AppWindow(robot, app, stage);
        ((ShipshapeApp) app).shown().get(60, TimeUnit.SECONDS);
        window.waitUntil(() -> stage.isShowing() && stage.getScene() != null
                && stage.getScene().lookup("#sections") != null);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return stage.getScene();
    }

    public TabPane sections() {
        return (TabPane) scene().lookup("#sections");
    }

    /** Selects a section as a click on its tab does. */
    public void select(String sectionId) {
        robot.interact(() -> sections().getTabs().stream().filter(t -> t.getId().equals("section-" + sectionId))
                .findFirst().ifPresent(t -> sections().getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Tab selectedTab() {
        return sections().getSelectionModel().getSelectedItem();
    }

    /** Waits (at most 60 s) until the condition holds, checking it on the JavaFX thread. */
    public void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until no list of the window shows that it is still loading. */
    public void waitUntilLoaded() throws TimeoutException {
        waitUntil(() -> scene().getRoot().lookupAll(".loading").stream().noneMatch(Clipping::isShown));
    }

    public <T extends Node> T lookup(String selector) {
        @SuppressWarnings("unchecked")
        T node = (T) scene().lookup(selector);
        return node;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
