package org.shipshape.gui.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.shipshape.gui.settings.UiLanguage;
import org.shipshape.gui.support.Clipping;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application (background worker, dialogs, every section) in its window, for the tests that drive the whole
 * window: started as a volunteer starts it (after the splash), in English unless a test chooses otherwise, with its
 * language and recent databases kept in preferences of its own that {@link #close()} removes, so no test sees what
 * another one chose.
 */
public final class AppWindow implements AutoCloseable {
    private static final long LIMIT_SECONDS = 60;

    private final FxRobot robot;
    private final Application app;
    private final Stage stage;
    private final Start start;

    private AppWindow(FxRobot robot, Application app, Stage stage, Start start) {
        this.robot = robot;
        this.app = app;
        this.stage = stage;
        this.start = start;
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
        return on(database).size(width, height).start(robot);
    }

    /** A window to start on this database file. */
    public static Start on(Path database) {
        return on(new StartupOptions(database, false, "Test volunteer"));
    }

    /** A window to start with these options (a file, or a server database). */
    public static Start on(StartupOptions options) {
        return new Start(options);
    }

    /** How the window starts: each setting is optional. */
    public static final class Start {
        private final StartupOptions options;
        private Locale language;
        private RecordingDialogs dialogs;
        private RecentDatabases recent;
        private double width;
        private double height;
        private Preferences languageNode;
        private Preferences recentNode;
        private Locale localeBefore;

        private Start(StartupOptions options) {
            this.options = options;
        }

        /** The window's language, chosen in View > Language before the start (English when not chosen). */
        public Start language(Locale chosen) {
            this.language = chosen;
            return this;
        }

        /** Dialogs answered by the test instead of file choosers and message boxes. */
        public Start dialogs(RecordingDialogs answering) {
            this.dialogs = answering;
            return this;
        }

        /** The recent databases of File > Open (a list of the test's own otherwise). */
        public Start recent(RecentDatabases list) {
            this.recent = list;
            return this;
        }

        /** The window's size, top left on the screen, so the robot reaches every control; else as the app opens it. */
        public Start size(double windowWidth, double windowHeight) {
            this.width = windowWidth;
            this.height = windowHeight;
            return this;
        }

        /** Starts the app and waits until its window shows its sections. */
        public AppWindow start(FxRobot robot) throws Exception {
            localeBefore = Locale.getDefault();
            Locale.setDefault(Locale.ENGLISH);
            languageNode = Preferences.userRoot().node("org/shipshape/test/" + UUID.randomUUID());
            UiLanguage uiLanguage = new UiLanguage(languageNode, Locale.ENGLISH);
            if (language != null) {
                uiLanguage.choose(Optional.of(language));
            }
            if (recent == null) {
                recentNode = Preferences.userRoot().node("org/shipshape/test/recent-" + UUID.randomUUID());
                recent = new RecentDatabases(recentNode);
            }
            Application app;
            try {
                FxToolkit.registerPrimaryStage();
                app = FxToolkit.setupApplication(() -> new ShipshapeApp(options, uiLanguage,
                        dialogs == null ? null : stage -> dialogs, recent));
            } catch (Exception e) {
                forget();
                throw e;
            }
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            AppWindow window = new AppWindow(robot, app, stage, this);
            try {
                // the window opens after the splash; the robot may only start once it is there
                ((ShipshapeApp) app).shown().get(LIMIT_SECONDS, TimeUnit.SECONDS);
                window.waitUntil(() -> stage.isShowing() && stage.getScene() != null
                        && stage.getScene().lookup("#sections") != null);
                if (width > 0) {
                    robot.interact(() -> {
                        stage.setMaximized(false);
                        stage.setX(0);
                        stage.setY(0);
                        stage.setWidth(width);
                        stage.setHeight(height);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                }
                return window;
            } catch (Exception | Error e) {
                window.close(); // a test whose start failed has no window to close after it
                throw e;
            }
        }

        /** Removes the test's preferences and gives back the language the JVM had. */
        private void forget() throws BackingStoreException {
            try {
                remove(languageNode);
                remove(recentNode);
            } finally {
                Locale.setDefault(localeBefore);
            }
        }

        private static void remove(Preferences node) throws BackingStoreException {
            if (node != null) {
                node.removeNode();
            }
        }
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

    /** Where the window keeps its language: the test's own, removed on close. */
    public Preferences languageNode() {
        return start.languageNode;
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

    /**
     * Reads from the window on the JavaFX thread: a lookup from the test's thread can walk a scene that the JavaFX
     * thread is changing meanwhile (a section built ahead, the window rebuilt in another language).
     */
    public <T> T read(java.util.concurrent.Callable<T> what) throws Exception {
        return WaitForAsyncUtils.asyncFx(what).get(LIMIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits (at most 60 s) until the condition holds, checking it on the JavaFX thread. */
    public void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits (at most 60 s) until the condition holds; if it never does, the test fails saying what the window shows
     * instead, as the test describes it.
     */
    public void waitUntil(BooleanSupplier condition, Supplier<String> whatItShows) {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("The window did not get there within " + LIMIT_SECONDS + " s; it shows: "
                    + whatItShows.get(), e);
        }
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
        try {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        } finally {
            start.forget();
        }
    }
}
