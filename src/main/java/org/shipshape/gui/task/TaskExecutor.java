package org.shipshape.gui.task;

/**
 * The one seam for background work. The app uses {@link FxTaskExecutor}; tests use
 * {@link CurrentThreadTaskExecutor} so asynchronous view-model code runs deterministically.
 */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);

    /**
     * Whether work given is still waiting, running, or waiting for its answer to be shown, work marked
     * {@link BackgroundTask#inIdleTime()} aside. Idle-time work (building screens ahead) waits while it is true;
     * executors that run work at once never have any.
     */
    default boolean hasWorkInHand() {
        return false;
    }

    /** Whether idle-time work ({@link BackgroundTask#inIdleTime()}) is waiting or running. */
    default boolean hasIdleWork() {
        return false;
    }

    /** Stops accepting work; running work is cancelled. */
    void shutdown();
}
