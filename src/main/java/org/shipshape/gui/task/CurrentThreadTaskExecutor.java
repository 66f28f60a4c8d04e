package org.shipshape.gui.task;

import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;

/** Runs work at once on the calling thread; for tests. Failures without a handler are rethrown. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.run(Progress.NONE);
        } catch (CancelledException e) {
            task.cancelledHandler().run();
            return;
        } catch (RuntimeException e) {
            if (task.failureHandler() == null) {
                throw e;
            }
            task.failureHandler().accept(e);
            return;
        }
        task.successHandler().accept(result);
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
