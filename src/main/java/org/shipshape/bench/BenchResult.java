package org.shipshape.bench;

import java.util.Arrays;
import java.util.List;

/** The measurements of one operation: every run's time, the median and 95th percentile, and the peak heap. */
public record BenchResult(String name, String size, long[] runNanos, long peakHeapBytes) {
    public BenchResult {
        if (runNanos.length == 0) {
            throw new IllegalArgumentException("An operation needs at least one measured run: " + name);
        }
        runNanos = runNanos.clone();
        Arrays.sort(runNanos);
    }

    public int runs() {
        return runNanos.length;
    }

    public double medianMillis() {
        int n = runNanos.length;
        double median = n % 2 == 1 ? runNanos[n / 2] : (runNanos[n / 2 - 1] + runNanos[n / 2]) / 2.0;
        return median / 1e6;
    }

    /** Nearest-rank 95th percentile: with few runs it is the slowest one, which is what a user notices. */
    public double p95Millis() {
        int rank = (int) Math.ceil(0.95 * runNanos.length);
        return runNanos[Math.max(0, rank - 1)] / 1e6;
    }

    public double peakHeapMegabytes() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }

    /** The CSV columns, matching {@link #HEADER}. */
    public List<Object> row() {
        return List.of(name, size, round(medianMillis()), round(p95Millis()), round(peakHeapMegabytes()), runs());
    }

    public static final List<String> HEADER = List.of("operation", "size", "median_ms", "p95_ms", "peak_heap_mb",
            "runs");

    private static java.math.BigDecimal round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
