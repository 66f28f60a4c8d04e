package org.shipshape.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.gui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the screens that show shared state (loading gauges, pick list, packing list) when another station changed
 * it (docs/decisions/0012). Each screen watches a marker: a cheap value read from the database that moves with every
 * change of what it shows. {@link #poll} reads every marker in one background task, off the user-interface thread,
 * and calls the screens whose marker moved; in the window {@link #start} polls every second, so a change shows
 * within two seconds on SQLite and PostgreSQL alike. Tests call {@link #poll} themselves.
 */
public final class ChangeWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatch.class);
    private static final Duration EVERY = Duration.seconds(1);

    private final TaskExecutor tasks;
    private final List<Watched> watched = new CopyOnWriteArrayList<>();
    private Timeline timer;
    /** True from a poll given to the worker until its answer; a busy worker never queues a second one. */
    private boolean polling;
    private boolean failing;

    public ChangeWatch(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Watches a marker.
     *
     * @param marker   reads the marker; runs on the background worker; null while there is nothing to watch
     * @param onChange runs on the user-interface thread after the marker moved
     */
    public Watched watch(Supplier<Object> marker, Runnable onChange) {
        Watched w = new Watched(marker, onChange);
        watched.add(w);
        return w;
    }

    /** Reads every marker once in the background and tells the screens whose marker moved since the last read. */
    public void poll() {
        if (polling || watched.isEmpty()) {
            return;
        }
        polling = true;
        List<Watched> all = List.copyOf(watched);
        try {
            execute(all);
        } catch (java.util.concurrent.RejectedExecutionException workerGone) {
            LOG.debug("The background worker has stopped; no more polling", workerGone);
            stop();
        }
    }

    private void execute(List<Watched> all) {
        tasks.execute(BackgroundTask.of(Messages.of(ChangeWatch.class).get("task"), progress -> {
            List<Watched> moved = new ArrayList<>();
            for (Watched w : all) {
                if (w.moved()) {
                    moved.add(w);
                }
            }
            return moved;
        }).onSuccess(moved -> {
            polling = false;
            failing = false;
            moved.forEach(w -> w.onChange.run());
        }).onFailure(error -> {
            polling = false;
            if (!failing) { // once, not every second: the next action on the screen says what is wrong
                LOG.warn("Could not read what other stations changed; trying again every second", error);
            }
            failing = true;
        }));
    }

    /** Polls every second until {@link #stop}; the window calls it once it is shown. */
    public void start() {
        stop();
        timer = new Timeline(new KeyFrame(EVERY, e -> poll()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** Stops polling (the window closed or is being rebuilt). */
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        polling = false;
    }

    /** One screen's marker and what to do when it moves. */
    public static final class Watched {
        private final Supplier<Object> marker;
        private final Runnable onChange;
        /** Only read and written on the background worker. */
        private volatile Object seen;

        private Watched(Supplier<Object> marker, Runnable onChange) {
            this.marker = marker;
            this.onChange = onChange;
        }

        /**
         * Takes the marker as it is now as the state the screen shows. Call it on the worker before reading what the
         * screen shows: a change made after this read moves the marker again, so none is missed.
         */
        public void readBaseline() {
            seen = marker.get();
        }

        private boolean moved() {
            Object now = marker.get();
            boolean moved = now != null && seen != null && !now.equals(seen);
            seen = now;
            return moved;
        }
    }
}
