package org.shipshape.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs operations the same way each: set up once, warm up (not counted, lets the JIT compile the code path), then
 * measured runs. Peak heap is the peak usage of the heap memory pools between a garbage collection before the
 * operation and its last run, so it includes what the setup left behind but not earlier operations' garbage.
 */
public final class BenchRunner {
    /** How many times each operation runs. */
    public record Plan(int warmUps, int runs) {
        public static final Plan FULL = new Plan(2, 7);
        public static final Plan QUICK = new Plan(1, 3);

        public Plan {
            if (warmUps < 0 || runs < 1) {
                throw new IllegalArgumentException("Need no negative warm-ups and at least one run: " + this);
            }
        }
    }

    private final Plan plan;
    private final Consumer<String> log;

    public BenchRunner(Plan plan, Consumer<String> log) {
        this.plan = plan;
        this.log = log;
    }

    public List<BenchResult> run(List<BenchOperation> operations, BenchContext context) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (BenchOperation operation : operations) {
            results.add(run(operation, context));
        }
        return results;
    }

    public BenchResult run(BenchOperation operation, BenchContext context) throws Exception {
        log.accept("Setting up " + operation.name() + " (" + operation.size() + ")");
        BenchOperation.Prepared prepared = operation.prepare(context);
        for (int i = 0; i < plan.warmUps(); i++) {
            prepared.runOnce();
        }
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] nanos = new long[plan.runs()];
        for (int i = 0; i < plan.runs(); i++) {
            nanos[i] = prepared.runOnce().toNanos();
        }
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        BenchResult result = new BenchResult(operation.name(), operation.size(), nanos, peak);
        log.accept(String.format("  %s: median %.1f ms, p95 %.1f ms", operation.name(), result.medianMillis(),
                result.p95Millis()));
        return result;
    }
}
