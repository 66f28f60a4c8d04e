package org.shipshape.logic.task;

import java.util.concurrent.atomic.AtomicInteger;
import org.shipshape.model.common.Message;

/**
 * A user who presses Cancel once the work has reported its progress a given number of times (0: before it starts).
 * Counts from any thread: some work reports from a thread of its own.
 */
public final class CancelAfterReports implements Progress {
    private final int reports;
    private final AtomicInteger reported = new AtomicInteger();

    public CancelAfterReports(int reports) {
        this.reports = reports;
    }

    @Override
    public void report(long done, long total, Message step) {
        reported.incrementAndGet();
    }

    @Override
    public boolean isCancelled() {
        return reported.get() >= reports;
    }
}
