package org.shipshape.logic.safety;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.shipshape.model.safety.BackupKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's automatic backups: one at start-up, a daily one while the app stays open (checked every hour,
 * taken when the newest automatic backup is a day old), and one on exit. They run on their own thread; the
 * database's lock keeps them from overlapping a save. A read-only workspace gets none.
 */
public final class AutomaticBackups implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);
    private final BackupService backups;
    private final boolean enabled;
    private final Consumer<Throwable> onFailure;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shipshape-backups");
        thread.setDaemon(true);
        return thread;
    });

    /** @param onFailure told about a failed backup (on the backup thread); the app keeps running */
    public AutomaticBackups(BackupService backups, boolean readOnly, Consumer<Throwable> onFailure) {
        this.backups = backups;
        this.enabled = !readOnly;
        this.onFailure = onFailure;
    }

    /** Takes the start-up backup now (in the background) and checks hourly whether the daily one is due. */
    public void start(Duration checkEvery) {
        if (!enabled) {
            return;
        }
        timer.execute(() -> run(() -> backups.backup(BackupKind.START)));
        timer.scheduleWithFixedDelay(() -> run(backups::backupIfDue), checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void run(Runnable backup) {
        try {
            backup.run();
        } catch (RuntimeException e) {
            LOG.error("Automatic backup failed", e);
            onFailure.accept(e);
        }
    }

    /**
     * Stops the timer, letting a backup in progress (or the start-up backup still queued) finish; the database may
     * be closed afterwards. Never interrupts: a backup cut short would only leave a partial file to clean up.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warn("An automatic backup did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the timer and takes the exit backup on the calling thread. */
    public void closeWithExitBackup() {
        close();
        if (enabled) {
            run(() -> backups.backup(BackupKind.EXIT));
        }
    }
}
