package org.shipshape.logic.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads and checks a file's rows on a thread of its own while the caller's thread stores the rows already checked
 * (issue 16): the caller holds the import's one transaction and is the only one to touch the database; the reading
 * thread only parses and checks. On two cores the parsing and checking no longer wait for SQLite and the other way
 * round. Memory stays bounded: at most {@value #CHUNKS_AHEAD} chunks wait to be stored.
 *
 * <p>A failure on the reading thread (an unreadable file, a cancellation) is thrown again by {@link #next()} on the
 * caller's thread, so the transaction rolls back as before; {@link #close()} stops and waits for the reading thread
 * whatever happened, after which everything it wrote (the file's problems) is visible to the caller.
 */
final class RowsAhead<T> implements AutoCloseable {
    static final int CHUNKS_AHEAD = 4;
    /**
     * The first chunk is this much smaller than the others, and each next one twice as large until they are full
     * size: the storing thread, the slower one, starts on the first rows while the reading thread, still cold, reads
     * the next (it waited 40 ms for a first chunk of 1,000 rows).
     */
    static final int FIRST_CHUNK_DIVISOR = 16;
    private static final List<Object> END = List.of();

    /** Reads the whole file, handing each row to be stored to the sink (rows with problems are not handed on). */
    @FunctionalInterface
    interface Reading<T> {
        void readAll(Consumer<T> sink);
    }

    private final BlockingQueue<List<?>> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final int chunkSize;
    private final Thread thread;
    private volatile boolean stopped;
    /** Set by the reading thread before it queues the end (the queue orders it before the caller reads it). */
    private Throwable failure;

    RowsAhead(String threadName, int chunkSize, Reading<T> reading) {
        this.chunkSize = chunkSize;
        thread = new Thread(() -> readAll(reading), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(Reading<T> reading) {
        try {
            List<T> pending = new ArrayList<>(chunkSize);
            int[] handAt = {Math.max(1, chunkSize / FIRST_CHUNK_DIVISOR)};
            reading.readAll(row -> {
                if (stopped) {
                    throw new Stopped();
                }
                pending.add(row);
                if (pending.size() == handAt[0]) {
                    hand(List.copyOf(pending));
                    pending.clear();
                    handAt[0] = Math.min(chunkSize, 2 * handAt[0]);
                }
            });
            if (!pending.isEmpty()) {
                hand(List.copyOf(pending));
            }
        } catch (Stopped e) {
            return; // the caller gave up (its own failure) and waits in close()
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            chunks.put(END);
        } catch (InterruptedException e) {
            // the caller stopped waiting
        }
    }

    private void hand(List<T> chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** The next chunk of checked rows, or null when the file is read; throws the reading thread's failure. */
    @SuppressWarnings("unchecked")
    List<T> next() {
        List<?> chunk;
        try {
            chunk = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the import's rows", e);
        }
        if (chunk != END) {
            return (List<T>) chunk;
        }
        chunks.add(END); // stays at the end for a later call
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return null;
    }

    /** Stops the reading thread if it still runs and waits for it. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reading thread's loop once the caller gave up. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
