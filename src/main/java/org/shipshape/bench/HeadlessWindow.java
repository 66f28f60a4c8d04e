package org.shipshape.bench;

import org.shipshape.gui.app.ShipshapeApp;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.shipshape.logic.workspace.StartupOptions;

/**
 * Starts the real main window without a display (Monocle, software rendering), for {@code shipshape bench}:
 * the jar measures its own start-up on machines with no screen, such as CI.
 */
public final class HeadlessWindow {
    private static final long TIMEOUT_SECONDS = 120;

    private HeadlessWindow() {
    }

    /**
     * Starts the JavaFX toolkit headless, once per process. The Monocle properties only work when set before the
     * toolkit starts; an already running toolkit (a test, a second call) is used as it is.
     */
    public static synchronized void startToolkit() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
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

    /** Stops the toolkit started by {@link #startToolkit()}. */
    public static void stopToolkit() {
        Platform.exit();
    }
}
