package org.shipshape.gui.task;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.shipshape.logic.task.Progress;

/**
 * Work to run off the user-interface thread, with what to do afterwards. Callbacks run on the user-interface
 * thread. Work longer than about a second should report {@link Progress} and check for cancellation.
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Function<Progress, T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private boolean showsProgress;
    private boolean inIdleTime;

    private BackgroundTask(String title, Function<Progress, T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title names the work for the progress window and error messages, e.g. "Importing items" */
    public static <T> BackgroundTask<T> of(String title, Function<Progress, T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a failure handler the executor shows the error through the dialog service. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Shows a progress window with a Cancel button while the work runs. */
    public BackgroundTask<T> withProgressWindow() {
        this.showsProgress = true;
        return this;
    }

    /**
     * Work that can wait, such as reading ahead what a screen shows below the fold: it starts only when no other work is
     * in hand, and when work is asked for while it runs, it is asked to stop at its next {@link Progress#checkCancelled()}
     * and runs again from the start afterwards. Only for reads: running it again must be harmless.
     */
    public BackgroundTask<T> inIdleTime() {
        this.inIdleTime = true;
        return this;
    }

    public boolean runsInIdleTime() {
        return inIdleTime;
    }

    public String title() {
        return title;
    }

    public T run(Progress progress) {
        return work.apply(progress);
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    public Runnable cancelledHandler() {
        return onCancelled;
    }

    public boolean showsProgress() {
        return showsProgress;
    }
}
