package org.shipshape.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread is kept from answering: a watcher thread hands it one small task at a time
 * and records how long each waited to run. The longest wait is the longest time the window could not react to a
 * key or a scan (to within about a millisecond, the pause between two tasks).
 */
final class FxThreadWatch implements AutoCloseable {
    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread watcher;
    private volatile boolean running = true;

    private FxThreadWatch() {
        watcher = new Thread(this::watch, "fx-thread-watch");
        watcher.setDaemon(true);
    }

    static FxThreadWatch start() {
        FxThreadWatch watch = new FxThreadWatch();
        watch.watcher.start();
        return watch;
    }

    Duration longest() {
        return Duration.ofNanos(longestNanos.get());
    }

    private void watch() {
        try {
            while (running) {
                CountDownLatch ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    ran.countDown();
                });
                ran.await();
                Thread.sleep(1);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // close() asked the watch to end
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.interrupt();
        watcher.join();
    }
}
