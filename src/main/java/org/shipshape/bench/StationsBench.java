package org.shipshape.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shipshape.logic.loading.LoadResult;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.workspace.Workspace;

/**
 * Several stations scanning into one container on a PostgreSQL server at once (issue 18, docs/decisions/0010), the
 * worst case for the shipment's row lock: every scan of every station waits for the one before. Each station is a
 * workspace with its own connection on its own thread; each scans its share of sealed 12.5 kg packages (ShippingBenchmarkData, one line each).
 *
 * <pre>java -cp 'target/shipshape.jar:target/lib/*' org.shipshape.bench.StationsBench ADDRESS [STATIONS] [SCANS]</pre>
 * ADDRESS is an empty database or schema ({@code postgresql://user@host/db?currentSchema=bench}), which it fills;
 * packaging/bench-stations.sh makes one per run on a throw-away server. Prints one line: stations, scans, scans per
 * second, median and 95th percentile of one scan's time.
 *
 * <pre>... StationsBench ADDRESS mixed [STATIONS] [OPERATIONS]</pre>
 * The mixed day ({@link MixedStation}: pack, weigh, seal, load, unload) in two processes: half the stations run in a
 * second Java process ({@code StationsBench ADDRESS station-process FIRST COUNT OPERATIONS POOL}, which says READY
 * on stdout once connected, starts on a GO line on stdin and prints its outcomes), half in this one. Prints one
 * line: stations, processes, operations, operations per second, median and 95th percentile of one scan's time.
 */
public final class StationsBench {
    private static final String READY = "READY";
    private static final String GO = "GO";

    private StationsBench() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
        if (args.length > 1 && args[1].equals("mixed")) {
            runMixed(address, args.length > 2 ? Integer.parseInt(args[2]) : 8,
                    args.length > 3 ? Integer.parseInt(args[3]) : 500, System.out);
            return;
        }
        if (args.length > 1 && args[1].equals("station-process")) {
            runStationProcess(address, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), List.of(args[5].split(",")));
            return;
        }
        int stations = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int scansPerStation = args.length > 2 ? Integer.parseInt(args[2]) : 125;
        run(address, stations, scansPerStation, System.out);
    }

    static void run(String address, int stations, int scansPerStation, PrintStream out) throws Exception {
        long shipmentId;
        List<String> numbers = new ArrayList<>();
        try (Workspace office = Workspace.openServer(address, false, "bench")) {
            if (!office.counts().isEmpty()) {
                throw new IllegalArgumentException(address + " is not empty; the bench needs an empty database");
            }
            String reference = "BENCH-2026-01";
            shipmentId = ShippingBenchmarkData.create(office, reference, stations * scansPerStation, 1).id();
            for (int p = 1; p <= stations * scansPerStation; p++) {
                numbers.add(reference + "-" + String.format(Locale.ROOT, "%05d", p));
            }
        }
        CountDownLatch ready = new CountDownLatch(stations);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(stations);
        List<Long> scanNanos = Collections.synchronizedList(new ArrayList<>());
        long began;
        long ended;
        int loaded = 0;
        try {
            List<Future<Integer>> running = new ArrayList<>();
            for (int s = 0; s < stations; s++) {
                int station = s;
                Callable<Integer> work = () -> {
                    try (Workspace workspace = Workspace.openServer(address, false, "station " + station)) {
                        LoadingService loading = new LoadingService(workspace);
                        int done = 0;
                        ready.countDown();
                        start.await();
                        for (int i = station; i < numbers.size(); i += stations) {
                            long before = System.nanoTime();
                            LoadResult result = loading.load(shipmentId, numbers.get(i));
                            scanNanos.add(System.nanoTime() - before);
                            done += result.done() ? 1 : 0;
                        }
                        return done;
                    }
                };
                running.add(pool.submit(work));
            }
            ready.await(); // every station has connected before the clock starts
            began = System.nanoTime();
            start.countDown();
            for (Future<Integer> station : running) {
                loaded += station.get();
            }
            ended = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(scanNanos);
        Collections.sort(sorted);
        double seconds = (ended - began) / 1e9;
        out.printf(Locale.ROOT, "stations=%d scans=%d loaded=%d scans/s=%.1f median_ms=%.2f p95_ms=%.2f%n", stations,
                sorted.size(), loaded, sorted.size() / seconds, millis(sorted, 0.5), millis(sorted, 0.95));
    }

    /** The second process of the mixed day: its stations, started by the parent's GO, their outcomes on stdout. */
    private static void runStationProcess(String address, int first, int count, int operations, List<String> pool)
            throws Exception {
        BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<MixedStation.Outcome> outcomes = MixedStation.runTogether(address, first, count, pool, operations, () -> {
            System.out.println(READY);
            System.out.flush();
            if (!GO.equals(parent.readLine())) {
                throw new IllegalStateException("The parent process did not say " + GO);
            }
        });
        outcomes.forEach(outcome -> outcome.print(System.out));
    }

    static void runMixed(String address, int stations, int operations, PrintStream out) throws Exception {
        List<String> pool;
        try (Workspace office = Workspace.openServer(address, false, "office")) {
            if (!office.counts().isEmpty()) {
                throw new IllegalArgumentException(address + " is not empty; the bench needs an empty database");
            }
            pool = MixedStation.prepare(office);
        }
        int inChild = stations / 2;
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StationsBench.class.getName(), address, "station-process",
                String.valueOf(stations - inChild + 1), String.valueOf(inChild), String.valueOf(operations),
                String.join(",", pool)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<MixedStation.Outcome> outcomes;
        List<String> childLines = new ArrayList<>();
        long[] clock = new long[2];
        try {
            BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            outcomes = new ArrayList<>(MixedStation.runTogether(address, 1,
                    stations - inChild, pool, operations, () -> {
                        if (!READY.equals(childOut.readLine())) {
                            throw new IllegalStateException("The second station process did not start");
                        }
                        child.getOutputStream().write((GO + "\n").getBytes(StandardCharsets.UTF_8));
                        child.getOutputStream().flush();
                        clock[0] = System.nanoTime();
                    }));
            for (String line = childOut.readLine(); line != null; line = childOut.readLine()) {
                childLines.add(line);
            }
            clock[1] = System.nanoTime();
            if (child.waitFor() != 0) {
                throw new IllegalStateException("The second station process failed (exit " + child.exitValue() + ")");
            }
        } finally {
            child.destroyForcibly(); // ended already, unless this process failed first
        }
        outcomes.addAll(MixedStation.Outcome.read(childLines));
        if (outcomes.size() != stations) {
            throw new IllegalStateException("Only " + outcomes.size() + " of " + stations + " stations finished");
        }
        int done = outcomes.stream().mapToInt(o -> o.done().values().stream().mapToInt(Integer::intValue).sum()).sum();
        int all = outcomes.stream().mapToInt(MixedStation.Outcome::operations).sum();
        List<Long> scans = new ArrayList<>();
        outcomes.forEach(o -> scans.addAll(o.scanNanos()));
        Collections.sort(scans);
        double seconds = (clock[1] - clock[0]) / 1e9;
        out.printf(Locale.ROOT, "mixed stations=%d processes=2 operations=%d done=%d ops/s=%.1f scans=%d"
                        + " scan_median_ms=%.2f scan_p95_ms=%.2f%n", stations, all, done, all / seconds, scans.size(),
                millis(scans, 0.5), millis(scans, 0.95));
    }

    /** The time below which the given share of the (sorted) times lie, in milliseconds. */
    private static double millis(List<Long> sortedNanos, double share) {
        return sortedNanos.get(Math.max(0, (int) Math.ceil(sortedNanos.size() * share) - 1)) / 1e6;
    }
}
