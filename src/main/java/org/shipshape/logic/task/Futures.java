package org.shipshape.logic.task;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Waiting for work handed to another thread as if it had run on this one. */
public final class Futures {
    private Futures() {
    }

    /**
     * The work's result. What it threw unchecked is thrown as it was; a checked failure is thrown as {@code checked}
     * wraps it; an interrupted wait is a cancel, with the thread's interrupt kept.
     */
    public static <T, X extends Exception> T result(Future<T> work, Function<Throwable, X> checked) throws X {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw checked.apply(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
