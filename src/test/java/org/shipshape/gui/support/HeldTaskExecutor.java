package org.shipshape.gui.support;

import java.util.ArrayDeque;
import java.util.Deque;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.gui.task.TaskExecutor;

/**
 * Holds background work until the test lets it run, so a test can look at a screen while its lists are still
 * filling (as on a large warehouse), then finish the work.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> held = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor runner = new CurrentThreadTaskExecutor();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        held.add(task);
    }

    /** Runs everything held, including work the finished work asked for. */
    public void runAll() {
        while (!held.isEmpty()) {
            runner.execute(held.remove());
        }
    }

    /** Runs the oldest held work only. */
    public void runNext() {
        runner.execute(held.remove());
    }

    public int heldCount() {
        return held.size();
    }

    @Override
    public void shutdown() {
        held.clear();
    }
}
