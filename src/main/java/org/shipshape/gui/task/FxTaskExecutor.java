package org.shipshape.gui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.controlsfx.dialog.ProgressDialog;
import java.util.function.BiConsumer;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;

/**
 * Runs background work on one worker thread (the database has one writer anyway) and hands results back to
 * the JavaFX thread. Work that asks for it gets a progress window with a Cancel button.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shipshape-background");
        thread.setDaemon(true);
        return thread;
    });
    private final BiConsumer<String, Throwable> errorReporter;
    /** The window's language is fixed while it is open (changing it rebuilds the window and this executor). */
    private final Catalogue text = Catalogue.of(java.util.Locale.getDefault());

    /** @param errorReporter shows a failure that has no handler of its own (a sentence and the detail to log) */
    public FxTaskExecutor(BiConsumer<String, Throwable> errorReporter) {
        this.errorReporter = errorReporter;
    }

    @Override
    public <T> void execute(BackgroundTask<T> backgroundTask) {
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
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(event -> backgroundTask.successHandler().accept(task.getValue()));
        task.setOnCancelled(event -> backgroundTask.cancelledHandler().run());
        task.setOnFailed(event -> {
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                backgroundTask.cancelledHandler().run();
            } else if (backgroundTask.failureHandler() != null) {
                backgroundTask.failureHandler().accept(error);
            } else {
                errorReporter.accept(text.text("common.task.failed", backgroundTask.title(), plain(error)), error);
            }
        });
        if (backgroundTask.showsProgress()) {
            Platform.runLater(() -> {
                ProgressDialog dialog = new ProgressDialog(task);
                dialog.setTitle(backgroundTask.title());
                dialog.setHeaderText(backgroundTask.title());
                dialog.getDialogPane().setId("progress-dialog");
                dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CANCEL);
                dialog.setOnCloseRequest(e -> task.cancel());
                dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)
                        .addEventFilter(javafx.event.ActionEvent.ACTION, e -> task.cancel());
            });
        }
        worker.execute(task);
    }

    private String plain(Throwable error) {
        if (error instanceof UserInputException rejected) {
            return String.join(" ", rejected.messages().stream().map(text::render).toList());
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? text.text("common.task.unexpected") : message;
    }

    @Override
    public void shutdown() {
        worker.shutdownNow();
    }
}
