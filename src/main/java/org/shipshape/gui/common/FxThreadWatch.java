package org.shipshape.gui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread is kept from answering: a watcher thread hands it one small task at a time
 * and records how long each waited to run. The longest wait is the longest time the window could not react to a
 * key or a scan (to within about a millisecond, the pause between two tasks). Used by the benchmarks, and by the
 * window itself when asked to ({@code shipshape.watchFxThreadSeconds}, for the cold-start benchmark).
 */
public final class FxThreadWatch implements AutoCloseable {
    /** A wait longer than this is one a person notices as a key or scan held up (issue 16's bound). */
    public static final Duration NOTICEABLE = Duration.ofMillis(50);

    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong longestEndedNanos = new AtomicLong();
    private final AtomicInteger noticeable = new AtomicInteger();
    private static final int KEPT_WAITS = 200;
    private final List<Wait> noticeableWaits = new ArrayList<>();
    private final long startedNanos = System.nanoTime();
    private final Thread watcher;
    private volatile boolean running = true;

    private FxThreadWatch() {
        watcher = new Thread(this::watch, "fx-thread-watch");
        watcher.setDaemon(true);
    }

    public static FxThreadWatch start() {
        FxThreadWatch watch = new FxThreadWatch();
        watch.watcher.start();
        return watch;
    }

    /** The longest a task handed to the FX thread waited to run. */
    public Duration longest() {
        return Duration.ofNanos(longestNanos.get());
    }

    /** When the longest wait ended, counted from the start of the watch. */
    public Duration longestEndedAfter() {
        return Duration.ofNanos(Math.max(0, longestEndedNanos.get() - startedNanos));
    }

    /** A task's wait on the FX thread, and when it ended, counted from the start of the watch. */
    public record Wait(Duration waited, Duration endedAfter) {
    }

    /** The longest waits over {@link #NOTICEABLE} (of the first {@value #KEPT_WAITS}), longest first. */
    public synchronized List<Wait> longestWaits(int count) {
        return noticeableWaits.stream().sorted(Comparator.comparing(Wait::waited).reversed()).limit(count).toList();
    }

    /** How many tasks waited longer than {@link #NOTICEABLE}. */
    public int noticeableWaits() {
        return noticeable.get();
    }

    private void watch() {
        try {
            while (running) {
                CountDownLatch ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    record(posted, System.nanoTime());
                    ran.countDown();
                });
                ran.await();
                Thread.sleep(1);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // close() asked the watch to end
        }
    }

    private synchronized void record(long posted, long ran) {
        long waited = ran - posted;
        if (waited > NOTICEABLE.toNanos()) {
            noticeable.incrementAndGet();
            if (noticeableWaits.size() < KEPT_WAITS) {
                noticeableWaits.add(new Wait(Duration.ofNanos(waited), Duration.ofNanos(ran - startedNanos)));
            }
        }
        if (waited > longestNanos.get()) {
            longestNanos.set(waited);
            longestEndedNanos.set(ran);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.interrupt();
        watcher.join();
    }
}
