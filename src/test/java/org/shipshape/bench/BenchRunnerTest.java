package org.shipshape.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.sample.LargeWarehouse;

class BenchRunnerTest {
    @TempDir
    Path folder;

    @Test
    void setsUpOnceWarmsUpAndMeasuresEveryRun() throws Exception {
        AtomicInteger setups = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        BenchOperation counting = BenchOperation.of("count", "tiny", context -> setups.incrementAndGet(),
                fixture -> runs.incrementAndGet());
        List<String> log = new ArrayList<>();

        try (BenchContext context = new BenchContext(LargeWarehouse.Size.TENTH, 1)) {
            BenchResult result = new BenchRunner(new BenchRunner.Plan(2, 5), log::add).run(counting, context);

            assertThat(setups).hasValue(1);
            assertThat(runs).hasValue(7);
            assertThat(result.runs()).isEqualTo(5);
            assertThat(result.peakHeapBytes()).isPositive();
            assertThat(log).anyMatch(line -> line.contains("count"));
        }
    }

    @Test
    void aSelfTimedOperationReportsItsOwnTimes() throws Exception {
        BenchOperation timed = BenchOperation.timed("fixed", "tiny", context -> 40L, Duration::ofMillis);
        try (BenchContext context = new BenchContext(LargeWarehouse.Size.TENTH, 1)) {
            BenchResult result = new BenchRunner(new BenchRunner.Plan(0, 3), line -> { }).run(timed, context);

            assertThat(result.medianMillis()).isEqualTo(40.0);
            assertThat(result.p95Millis()).isEqualTo(40.0);
        }
    }

    @Test
    void medianAndP95FollowTheirDefinitions() {
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (20 - i) * 1_000_000L; // 20 ms down to 1 ms, unsorted on purpose
        }
        BenchResult result = new BenchResult("op", "size", nanos, 3 * 1024 * 1024);

        assertThat(result.medianMillis()).isEqualTo(10.5);
        assertThat(result.p95Millis()).isEqualTo(19.0);
        assertThat(result.peakHeapMegabytes()).isEqualTo(3.0);
    }

    @Test
    void writesOneCsvRowPerOperation() throws IOException {
        Path file = folder.resolve("bench.csv");
        BenchCommand.write(file, List.of(new BenchResult("open database", "10,000 items", new long[] {2_000_000}, 1),
                new BenchResult("=cmd", "x", new long[] {1_000_000, 3_000_000}, 1)));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith("operation,size,median_ms,p95_ms,peak_heap_mb,runs");
        assertThat(lines.get(1)).isEqualTo("open database,\"10,000 items\",2.0,2.0,0.0,1");
        assertThat(lines.get(2)).startsWith("'=cmd,x,2.0,3.0");
    }

    @Test
    void theOpenDatabaseOperationWorksOnAGeneratedWarehouse() throws Exception {
        try (BenchContext context = new BenchContext(new LargeWarehouse.Size(5, 50, 1, 5, 3), 1)) {
            BenchOperation open = BenchOperations.all(context).get(0);
            BenchResult result = new BenchRunner(new BenchRunner.Plan(0, 1), line -> { }).run(open, context);

            assertThat(open.name()).isEqualTo("open database");
            assertThat(result.runs()).isEqualTo(1);
            assertThat(Files.exists(context.largeDatabase())).isTrue();
        }
    }
}
