package org.shipshape.bench;

import java.io.PrintStream;
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
 */
public final class StationsBench {
    private StationsBench() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
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
                sorted.size(), loaded, sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6);
    }
}
