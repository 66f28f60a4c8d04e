package org.shipshape.gui.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shipshape.model.common.ExplainedFailure;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;

/**
 * Runs background work on one worker thread (the database has one writer anyway) and hands results back to
 * the JavaFX thread, in the order the work was given. Work that asks for it gets a progress window with a Cancel
 * button; only that button cancels (a window closing because the work finished never does). Idle-time work waits
 * until nothing else is in hand and steps aside for work asked for while it runs (docs/decisions/0022).
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shipshape-background");
        thread.setDaemon(true);
        return thread;
    });
    private final BiConsumer<String, Throwable> errorReporter;
    /** Work given and not yet answered, idle-time work aside; read and changed on the JavaFX thread only. */
    private int inHand;
    /** Idle-time work waiting for nothing else to be in hand (JavaFX thread only). */
    private final Deque<BackgroundTask<?>> idleWork = new ArrayDeque<>();
    /** Asks the idle-time work that runs to stop for other work; null while none runs (JavaFX thread only). */
    private AtomicBoolean idleWorkYield;
    /** The window's language is fixed while it is open (changing it rebuilds the window and this executor). */
    private final Catalogue text = Catalogue.of(java.util.Locale.getDefault());

    /** @param errorReporter shows a failure that has no handler of its own (a sentence and the detail to log) */
    public FxTaskExecutor(BiConsumer<String, Throwable> errorReporter) {
        this.errorReporter = errorReporter;
    }

    @Override
    public <T> void execute(BackgroundTask<T> backgroundTask) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            // the progress window and the answers belong to the user-interface thread; keep the order of the work
            javafx.application.Platform.runLater(() -> execute(backgroundTask));
            return;
        }
        if (worker.isShutdown()) {
            // the window closed: work that finished meanwhile may still ask for its next step, which nobody awaits
            LOG.debug("Not started after shutdown: {}", backgroundTask.title());
            return;
        }
        if (backgroundTask.runsInIdleTime()) {
            idleWork.addLast(backgroundTask);
            startIdleWork();
            return;
        }
        if (idleWorkYield != null) {
            idleWorkYield.set(true);
        }
        inHand++;
        run(backgroundTask, null);
    }

    /** Starts the next idle-time work when nothing else is in hand and no idle-time work runs. */
    private void startIdleWork() {
        if (idleWorkYield != null || inHand > 0 || idleWork.isEmpty() || worker.isShutdown()) {
            return;
        }
        idleWorkYield = new AtomicBoolean();
        run(idleWork.pollFirst(), idleWorkYield);
    }

    /** @param yieldRequested for idle-time work: set when other work is asked for meanwhile; null for other work */
    private <T> void run(BackgroundTask<T> backgroundTask, AtomicBoolean yieldRequested) {
        boolean idle = yieldRequested != null;
        AtomicBoolean cancelRequested = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return backgroundTask.run(new Progress() {
                    @Override
                    public void report(long done, long total, Message step) {
                        updateProgress(done, total);
                        if (step != null) {
                            updateMessage(text.render(step));
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelRequested.get() || idle && yieldRequested.get();
                    }
                });
            }
        };
        Dialog<Void> window = backgroundTask.showsProgress() ? progressWindow(backgroundTask.title(), task,
                cancelRequested) : null;
        task.setOnSucceeded(event -> {
            finished(idle, window);
            backgroundTask.successHandler().accept(task.getValue());
            startIdleWork();
        });
        task.setOnFailed(event -> {
            finished(idle, window);
            Throwable error = task.getException();
            if (error instanceof CancelledException && idle && !cancelRequested.get()) {
                // it stopped for work asked for meanwhile; it reads, so it simply runs again once that is done
                idleWork.addFirst(backgroundTask);
            } else if (error instanceof CancelledException) {
                backgroundTask.cancelledHandler().run();
            } else if (backgroundTask.failureHandler() != null) {
                backgroundTask.failureHandler().accept(error);
            } else {
                errorReporter.accept(text.text("common.task.failed", backgroundTask.title(), plain(error)), error);
            }
            startIdleWork();
        });
        task.setOnCancelled(event -> {
            finished(idle, window);
            backgroundTask.cancelledHandler().run();
            startIdleWork();
        });
        worker.execute(task);
    }

    private void finished(boolean idle, Dialog<Void> window) {
        if (idle) {
            idleWorkYield = null;
        } else {
            inHand--;
        }
        close(window);
    }

    /** A window with what is being done, how far it is, and Cancel (which asks the work to stop). */
    private Dialog<Void> progressWindow(String title, Task<?> task, AtomicBoolean cancelRequested) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.setWrapText(true);
        VBox content = new VBox(10, message, bar);
        content.setPadding(new Insets(6));
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("progress-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            cancelRequested.set(true);
            message.textProperty().unbind();
            message.setText(text.text("FxTaskExecutor.cancelling"));
        });
        dialog.setOnCloseRequest(e -> {
            if (task.isRunning() || task.getState() == javafx.concurrent.Worker.State.READY
                    || task.getState() == javafx.concurrent.Worker.State.SCHEDULED) {
                // closing the window while the work runs asks it to stop, as Cancel does; it closes when it stopped
                e.consume();
                cancelRequested.set(true);
            }
        });
        dialog.show();
        return dialog;
    }

    private static void close(Dialog<Void> window) {
        if (window != null && window.isShowing()) {
            window.setResult(null);
            window.close();
        }
    }

    private String plain(Throwable error) {
        if (error instanceof UserInputException rejected) {
            return String.join(" ", rejected.messages().stream().map(text::render).toList());
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExplainedFailure explained) {
                return text.render(explained.text());
            }
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? text.text("common.task.unexpected") : message;
    }

    @Override
    public boolean hasWorkInHand() {
        return inHand > 0;
    }

    @Override
    public boolean hasIdleWork() {
        return idleWorkYield != null || !idleWork.isEmpty();
    }

    @Override
    public void shutdown() {
        worker.shutdownNow();
    }
}
