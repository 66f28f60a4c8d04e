package org.shipshape.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * One thing {@code shipshape bench} measures: a name, the size of the data it works on, a setup that runs once
 * (not measured) and the work that is timed on every run.
 */
public final class BenchOperation {
    /** Prepares what the runs need (a database, a file); runs once per benchmark, not measured. */
    @FunctionalInterface
    public interface Setup<T> {
        T prepare(BenchContext context) throws Exception;
    }

    /** The measured work. */
    @FunctionalInterface
    public interface Run<T> {
        void run(T fixture) throws Exception;
    }

    /** Work that times itself, when part of each run (such as closing a window) must not count. */
    @FunctionalInterface
    public interface TimedRun<T> {
        Duration run(T fixture) throws Exception;
    }

    /** A set-up operation, ready to run. */
    interface Prepared {
        Duration runOnce() throws Exception;
    }

    @FunctionalInterface
    private interface Preparation {
        Prepared prepare(BenchContext context) throws Exception;
    }

    private final String name;
    private final String size;
    private final Preparation preparation;

    private BenchOperation(String name, String size, Preparation preparation) {
        this.name = Objects.requireNonNull(name, "name");
        this.size = Objects.requireNonNull(size, "size");
        this.preparation = preparation;
    }

    /** An operation timed from outside: the whole of {@code run} counts. */
    public static <T> BenchOperation of(String name, String size, Setup<T> setup, Run<T> run) {
        return new BenchOperation(name, size, context -> {
            T fixture = setup.prepare(context);
            return () -> {
                long started = System.nanoTime();
                run.run(fixture);
                return Duration.ofNanos(System.nanoTime() - started);
            };
        });
    }

    /** An operation that measures itself and returns the time that counts. */
    public static <T> BenchOperation timed(String name, String size, Setup<T> setup, TimedRun<T> run) {
        return new BenchOperation(name, size, context -> {
            T fixture = setup.prepare(context);
            return () -> run.run(fixture);
        });
    }

    public String name() {
        return name;
    }

    public String size() {
        return size;
    }

    Prepared prepare(BenchContext context) throws Exception {
        return preparation.prepare(context);
    }
}
