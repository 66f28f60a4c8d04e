package org.shipshape.bench;

import org.shipshape.gui.app.ShipshapeApp;
import org.shipshape.gui.common.FxThreadWatch;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.shipshape.logic.workspace.StartupOptions;

/**
 * Starts the real main window without a display (Monocle, software rendering), for {@code shipshape bench}:
 * the jar measures its own start-up on machines with no screen, such as CI.
 */
public final class HeadlessWindow {
    private static final long TIMEOUT_SECONDS = 120;
    /** Monocle's headless screen: 1366x768, 32-bit colour. */
    static final String SCREEN = "1366x768-32";
    private static final String MONOCLE_FACTORY = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
    /** Set once {@link #startToolkit()} has seen JavaFX start (or found it running). */
    private static boolean toolkitStarted;

    private HeadlessWindow() {
    }

    /** The screen Monocle is given: a volunteer's laptop unless one was chosen (the tests use a desktop's). */
    static String screen(String chosen) {
        return chosen == null ? SCREEN : chosen;
    }

    /**
     * Starts the JavaFX toolkit headless, once per process. The Monocle properties only work when set before the
     * toolkit starts; an already running toolkit (a test, a second call) is used as it is.
     */
    public static synchronized void startToolkit() throws InterruptedException {
        requireMonocle(HeadlessWindow.class.getClassLoader());
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // a volunteer's laptop screen: the window opens maximised on it, and its height decides how many rows a table
        // makes and styles when it first shows them (Monocle's own default, 1280x800, held one row more)
        System.setProperty("headless.geometry", screen(System.getProperty("headless.geometry")));
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within " + TIMEOUT_SECONDS + " s");
        }
        toolkitStarted = true;
    }

    /**
     * Without Monocle JavaFX only prints "Failed to load Glass factory class" and never starts: the bench would wait
     * for it, then hang in {@link Platform#exit()}. The jar finds Monocle in {@code target/bench}, which the build
     * fills (its manifest names it there).
     */
    static void requireMonocle(ClassLoader loader) {
        try {
            Class.forName(MONOCLE_FACTORY, false, loader);
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException("The bench's headless window needs Monocle (openjfx-monocle), which "
                    + "./mvnw package puts in target/bench beside target/shipshape.jar; run the bench from that jar "
                    + "after a full package", missing);
        }
    }

    /**
     * Builds Shipshape's main window on a fresh stage and returns how long it took from creating the application
     * to the window being usable (shown, its first screen's lists read); then closes it (not counted) so the next
     * run starts alike.
     */
    public static Duration openMainWindow(StartupOptions options) throws InterruptedException {
        CompletableFuture<Duration> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                long started = System.nanoTime();
                ShipshapeApp app = new ShipshapeApp(options);
                Stage stage = new Stage();
                app.start(stage);
                app.shown().whenComplete((shownStage, error) -> Platform.runLater(() -> {
                    long shown = System.nanoTime();
                    boolean showing = shownStage != null && shownStage.isShowing();
                    stage.close();
                    app.stop();
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else if (!showing) {
                        result.completeExceptionally(new IllegalStateException("The main window did not show for "
                                + options.database()));
                    } else {
                        result.complete(Duration.ofNanos(shown - started));
                    }
                }));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Opening the main window failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The main window did not show within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * How the inventory screen filled on a freshly opened window.
     *
     * @param fill                 from choosing the section until the table shows its first rows
     * @param complete             from choosing the section until every item is listed and totalled
     * @param longestFxThreadBlock the longest time the FX thread was busy meanwhile
     * @param rows                 the rows listed in the end
     */
    public record InventoryFill(Duration fill, Duration complete, Duration longestFxThreadBlock, int rows) {
    }

    /**
     * Opens the main window, then the inventory section, and measures from choosing the section until the table
     * shows its rows; meanwhile {@link FxThreadWatch} records the longest time the FX thread was busy (the window's
     * construction before that is not counted: it is on the FX thread by nature and timed by
     * {@link #openMainWindow}). Closes the window afterwards.
     */
    public static InventoryFill openInventory(StartupOptions options) throws Exception {
        return openInventory(options, Duration.ZERO);
    }

    /**
     * As {@link #openInventory(StartupOptions)}, but the section is chosen {@code choiceAfterShown} after the window
     * shows, as a volunteer who first looks at the window does: the window builds screens ahead meanwhile (ADR 0029,
     * 0035), which a choice in the same millisecond never lets it do.
     */
    public static InventoryFill openInventory(StartupOptions options, Duration choiceAfterShown) throws Exception {
        ShipshapeApp app = new ShipshapeApp(options);
        Stage stage = onFxThread(() -> {
            Stage window = new Stage();
            app.start(window);
            return window;
        });
        try {
            // the window opens after the splash was drawn: wait for it, as a volunteer does
            Stage shown = app.shown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (shown == null || !onFxThread(shown::isShowing)) {
                throw new IllegalStateException("The main window did not show for " + options.database());
            }
            Thread.sleep(choiceAfterShown.toMillis());
            return fillInventory(stage);
        } finally {
            onFxThread(() -> {
                stage.close();
                app.stop();
                return null;
            });
        }
    }

    private static InventoryFill fillInventory(Stage stage) throws Exception {
        try (FxThreadWatch watch = FxThreadWatch.start()) {
            // told by the screen when rows and totals arrive: polling the scene graph from here kept the FX thread
            // busy looking nodes up and slowed down the very fill it measured
            CompletableFuture<Long> firstRows = new CompletableFuture<>();
            CompletableFuture<Long> everyRow = new CompletableFuture<>();
            AtomicInteger listed = new AtomicInteger();
            long started = onFxThread(() -> {
                TabPane sections = (TabPane) stage.getScene().lookup("#sections");
                Tab inventory = sections.getTabs().stream().filter(tab -> "section-inventory".equals(tab.getId()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("No inventory section"));
                long now = System.nanoTime();
                sections.getSelectionModel().select(inventory);
                TableView<?> table = (TableView<?>) inventory.getContent().lookup("#inventory-table");
                Label totals = (Label) inventory.getContent().lookup("#inventory-totals");
                Runnable check = () -> {
                    if (!table.getItems().isEmpty()) {
                        firstRows.complete(System.nanoTime());
                    }
                    // the totals are shown once the full read is filtered and listed
                    if (totals.getText() != null && !totals.getText().isEmpty()) {
                        listed.set(table.getItems().size());
                        everyRow.complete(System.nanoTime());
                    }
                };
                table.getItems().addListener((InvalidationListener) changed -> check.run());
                totals.textProperty().addListener(changed -> check.run());
                check.run();
                return now;
            });
            try {
                long first = firstRows.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                long all = everyRow.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return new InventoryFill(Duration.ofNanos(first - started), Duration.ofNanos(all - started),
                        watch.longest(), listed.get());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("The inventory was not filled within " + TIMEOUT_SECONDS + " s", e);
            }
        }
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Stops the toolkit started by {@link #startToolkit()}. */
    public static synchronized void stopToolkit() {
        if (toolkitStarted) {
            Platform.exit(); // waits for a start that never came if called without one
        }
    }
}
