package org.shipshape.gui.task;

/**
 * The one seam for background work. The app uses {@link FxTaskExecutor}; tests use
 * {@link CurrentThreadTaskExecutor} so asynchronous view-model code runs deterministically.
 */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);

    /** Stops accepting work; running work is cancelled. */
    void shutdown();
}
