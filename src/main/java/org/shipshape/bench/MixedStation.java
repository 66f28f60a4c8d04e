package org.shipshape.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shipshape.logic.loading.LoadResult;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.packing.PackageDetails;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.Shipment;

/**
 * One station's mixed day on a shared server (issue 18): it packs new boxes into the shipment, weighs them (an edit,
 * often more than once), seals them, scans them or a package from the shared pool into the one container, and takes
 * some out again. The pool's heavy packages make the container's payload a real limit, and every station scans from
 * the same pool, so stations race for the same package and the same kilograms. The station remembers what it did
 * ({@link Outcome}) so that the run can be checked against the database afterwards.
 */
public final class MixedStation {
    public static final String SHIPMENT = "MLI-2026-01";
    /** 48 packages of 700 kg from the pool alone exceed a 20 ft container's 28,200 kg. */
    public static final int POOL_PACKAGES = 48;
    public static final BigDecimal POOL_KG = new BigDecimal("700");

    /** What a station does, and the action its change leaves in the audit log. */
    public enum Operation {
        PACK("create"), EDIT("edit"), SEAL("seal"), LOAD("load"), UNLOAD("unload");

        private final String auditAction;

        Operation(String auditAction) {
            this.auditAction = auditAction;
        }

        public String auditAction() {
            return auditAction;
        }
    }

    /**
     * What a station did: operations done and refused, the last weight it gave each of its packages, the packages it
     * put into the container and did not take out again, and how long each scan (a load) took.
     */
    public record Outcome(String station, Map<Operation, Integer> done, Map<Operation, Integer> refused,
                          Map<String, BigDecimal> weights, Set<String> loaded, List<Long> scanNanos) {
        public int operations() {
            return done.values().stream().mapToInt(Integer::intValue).sum()
                    + refused.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Writes the outcome as lines for a parent process ({@link #read}); every line starts with the station. */
        public void print(PrintStream out) {
            String tag = "OUTCOME\t" + station + "\t";
            done.forEach((op, n) -> out.println(tag + "done\t" + op + "\t" + n));
            refused.forEach((op, n) -> out.println(tag + "refused\t" + op + "\t" + n));
            weights.forEach((number, kg) -> out.println(tag + "weight\t" + number + "\t" + kg.toPlainString()));
            loaded.forEach(number -> out.println(tag + "loaded\t" + number));
            scanNanos.forEach(nanos -> out.println(tag + "scan\t" + nanos));
            out.println(tag + "end");
            out.flush();
        }

        /** The outcomes printed by {@link #print}, among other lines; only stations whose "end" line arrived. */
        public static List<Outcome> read(List<String> lines) {
            Map<String, Outcome> byStation = new LinkedHashMap<>();
            Set<String> ended = new LinkedHashSet<>();
            for (String line : lines) {
                String[] f = line.split("\t");
                if (f.length < 3 || !f[0].equals("OUTCOME")) {
                    continue;
                }
                Outcome o = byStation.computeIfAbsent(f[1], Outcome::empty);
                switch (f[2]) {
                    case "done" -> o.done.put(Operation.valueOf(f[3]), Integer.parseInt(f[4]));
                    case "refused" -> o.refused.put(Operation.valueOf(f[3]), Integer.parseInt(f[4]));
                    case "weight" -> o.weights.put(f[3], new BigDecimal(f[4]));
                    case "loaded" -> o.loaded.add(f[3]);
                    case "scan" -> o.scanNanos.add(Long.parseLong(f[3]));
                    case "end" -> ended.add(f[1]);
                    default -> throw new IllegalArgumentException("Unknown outcome line: " + line);
                }
            }
            return byStation.values().stream().filter(o -> ended.contains(o.station)).toList();
        }

        private static Outcome empty(String station) {
            return new Outcome(station, new EnumMap<>(Operation.class), new EnumMap<>(Operation.class),
                    new LinkedHashMap<>(), new LinkedHashSet<>(), new ArrayList<>());
        }
    }

    private MixedStation() {
    }

    /**
     * Fills an empty warehouse for the run: shipment {@value #SHIPMENT} in a 20 ft container and the shared pool of
     * sealed 700 kg packages, packed by the office. Returns the pool's package numbers.
     */
    public static List<String> prepare(Workspace office) {
        Shipment shipment = new ShipmentService(office).create(Shipment.planned(SHIPMENT, "ML", "Hope Project Bamako",
                "EUR", "20GP"));
        PackingService packing = new PackingService(office);
        BoxSize size = packing.boxSizes().get(0);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < POOL_PACKAGES; i++) {
            long id = packing.newPackage(shipment.id(), PackageKind.PIECE, size).pkg().id();
            packing.setGrossWeight(id, POOL_KG);
            pool.add(packing.seal(id).pkg().number());
        }
        return pool;
    }

    /** The shipment {@link #prepare} made. */
    public static long shipmentId(Workspace workspace) {
        return new ShipmentService(workspace).require(SHIPMENT).id();
    }

    /**
     * Runs {@code operations} operations as station {@code workspace.user()}, choosing each at random (seeded, so a
     * run can be repeated) among those its packages allow. A refusal (the container is full, the package is already
     * loaded) is counted, not thrown; any other failure ends the station with the exception.
     */
    public static Outcome run(Workspace workspace, List<String> pool, int operations, long seed) {
        Outcome outcome = Outcome.empty(workspace.user());
        PackingService packing = new PackingService(workspace);
        LoadingService loading = new LoadingService(workspace);
        long shipmentId = shipmentId(workspace);
        BoxSize size = packing.boxSizes().get(0);
        Random random = new Random(seed);
        Map<Long, String> open = new LinkedHashMap<>();
        Set<Long> weighed = new LinkedHashSet<>();
        List<String> sealed = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            Operation operation = choose(random, !open.isEmpty(), !weighed.isEmpty(), !outcome.loaded.isEmpty());
            boolean done;
            switch (operation) {
                case PACK -> {
                    PackageDetails created = packing.newPackage(shipmentId, PackageKind.BOX, size);
                    open.put(created.pkg().id(), created.pkg().number());
                    own.add(created.pkg().number());
                    done = true;
                }
                case EDIT -> {
                    long id = pick(random, new ArrayList<>(open.keySet()));
                    BigDecimal kg = BigDecimal.valueOf(5 + random.nextInt(56));
                    done = refusable(() -> packing.setGrossWeight(id, kg));
                    if (done) {
                        weighed.add(id);
                        outcome.weights.put(open.get(id), kg);
                    }
                }
                case SEAL -> {
                    long id = pick(random, new ArrayList<>(weighed));
                    done = refusable(() -> packing.seal(id));
                    if (done) {
                        sealed.add(open.remove(id));
                        weighed.remove(id);
                    }
                }
                case LOAD -> {
                    String number = sealed.isEmpty() || random.nextBoolean() ? pick(random, pool)
                            : pick(random, sealed);
                    long before = System.nanoTime();
                    LoadResult result = loading.load(shipmentId, number);
                    outcome.scanNanos.add(System.nanoTime() - before);
                    done = result.done();
                    if (done) {
                        sealed.remove(number);
                        outcome.loaded.add(number);
                    }
                }
                case UNLOAD -> {
                    String number = pick(random, new ArrayList<>(outcome.loaded));
                    done = loading.unload(shipmentId, number).done();
                    if (done) {
                        outcome.loaded.remove(number);
                        if (own.contains(number)) {
                            sealed.add(number);
                        }
                    }
                }
                default -> throw new IllegalStateException(operation.name());
            }
            (done ? outcome.done : outcome.refused).merge(operation, 1, Integer::sum);
        }
        return outcome;
    }

    /** What a group of stations waits for once every one of them is connected, before all start together. */
    @FunctionalInterface
    public interface StartSignal {
        void await() throws Exception;
    }

    /**
     * Runs stations {@code first} to {@code first + count - 1} ("station N", each its own workspace and connection,
     * each on its own thread, seeded with its number) against the server; once all are connected it waits for the
     * start signal, then releases them together. Returns their outcomes in station order.
     */
    public static List<Outcome> runTogether(String address, int first, int count, List<String> pool, int operations,
                                            StartSignal start) throws Exception {
        List<Workspace> workspaces = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            for (int s = first; s < first + count; s++) {
                workspaces.add(Workspace.openServer(address, false, "station " + s));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> running = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                Workspace workspace = workspaces.get(s);
                long seed = first + s;
                running.add(threads.submit(() -> {
                    go.await();
                    return run(workspace, pool, operations, seed);
                }));
            }
            start.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> station : running) {
                outcomes.add(station.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
            workspaces.forEach(Workspace::close);
        }
    }

    /** Packing and loading in the proportions of a busy morning; an operation nothing allows yet is not chosen. */
    private static Operation choose(Random random, boolean anyOpen, boolean anyWeighed, boolean anyLoaded) {
        int[] weights = {2, anyOpen ? 3 : 0, anyWeighed ? 2 : 0, 3, anyLoaded ? 1 : 0};
        int roll = random.nextInt(weights[0] + weights[1] + weights[2] + weights[3] + weights[4]);
        for (Operation operation : Operation.values()) {
            roll -= weights[operation.ordinal()];
            if (roll < 0) {
                return operation;
            }
        }
        throw new IllegalStateException("no operation chosen");
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Runs a packing change; false when it was refused (the refusal changes nothing, so it is only counted). */
    private static boolean refusable(Runnable change) {
        try {
            change.run();
            return true;
        } catch (UserInputException refused) {
            return false;
        }
    }
}
