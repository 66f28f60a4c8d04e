package org.shipshape.logic.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.loading.LoadRecord;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.db.PostgresTestServer;
import org.shipshape.store.loading.LoadRepository;

/**
 * Several stations on one server at the same time (issue 18): each station is its own workspace with its own
 * connection, as on its own PC, and all start together.
 */
@ExtendWith(PostgresTestServer.class)
class StationsOnPostgresTest {
    private static final int STATIONS = 8;
    /** A 20 ft container takes 28,200 kg: 28 packages of 1,000 kg, not 29. */
    private static final int PACKAGES = 40;
    private static final int FITTING = 28;

    @Test
    void eightStationsScanningIntoOneContainerAtOnceNeverExceedItsPayloadNorLoadAPackageTwice() throws Exception {
        String address = PostgresTestServer.freshAddress();
        long shipmentId;
        List<String> numbers = new ArrayList<>();
        try (Workspace office = Workspace.openServer(address, false, "office")) {
            ShippingFixture fixture = new ShippingFixture(office);
            Shipment shipment = fixture.shipment("MLI-2026-01", "20GP");
            shipmentId = shipment.id();
            for (int i = 1; i <= PACKAGES; i++) {
                String number = String.format(Locale.ROOT, "MLI-%04d", i);
                fixture.sealedBox(shipmentId, number, "1000");
                numbers.add(number);
            }
        }

        List<LoadResult> results = atOnce(station -> {
            List<String> order = new ArrayList<>(numbers);
            Collections.shuffle(order, new Random(station)); // every station scans every package, each in its order
            try (Workspace workspace = stationWorkspace(address, station)) {
                LoadingService loading = new LoadingService(workspace);
                List<LoadResult> scans = new ArrayList<>();
                order.forEach(number -> scans.add(loading.load(shipmentId, number)));
                return scans;
            }
        });

        try (Workspace office = Workspace.openServer(address, true, "office")) {
            LoadRepository loads = new LoadRepository(office.database());
            List<LoadRecord> loaded = loads.loadsOf(shipmentId);
            assertThat(loaded).hasSize(FITTING);
            assertThat(loaded).extracting(LoadRecord::packageId).doesNotHaveDuplicates();
            assertThat(loaded).extracting(LoadRecord::sequence)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, FITTING).boxed().toList());
            assertThat(loads.loadedGrossKg(shipmentId)).isLessThanOrEqualTo(new BigDecimal("28200"));
        }
        assertThat(results).hasSize(STATIONS * PACKAGES);
        assertThat(results.stream().filter(LoadResult::done)).hasSize(FITTING);
        assertThat(results.stream().filter(r -> !r.done()).map(r -> r.refusal().key()).distinct())
                .containsExactlyInAnyOrder("loading.refused.alreadyLoaded", "loading.refused.payloadExceeded");
    }

    @Test
    void stationsTakingPackageNumbersAtOnceNeverGetTheSameOne() throws Exception {
        String address = PostgresTestServer.freshAddress();
        long shipmentId;
        try (Workspace office = Workspace.openServer(address, false, "office")) {
            shipmentId = new ShippingFixture(office).shipment("MLI-2026-01", "20GP").id();
        }

        List<String> numbers = atOnce(station -> {
            try (Workspace workspace = stationWorkspace(address, station)) {
                PackingService packing = new PackingService(workspace);
                List<String> taken = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    taken.add(packing.takeNextNumber(shipmentId));
                }
                return taken;
            }
        });

        assertThat(numbers).hasSize(STATIONS * 50).doesNotHaveDuplicates().allMatch(n -> n.startsWith("MLI-"));
    }

    private static Workspace stationWorkspace(String address, int station) {
        return Workspace.openServer(address, false, "station " + station);
    }

    /** Runs the work of every station on its own thread, all released at the same moment; their results in order. */
    private static <T> List<T> atOnce(Function<Integer, List<T>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService stations = Executors.newFixedThreadPool(STATIONS);
        try {
            List<Future<List<T>>> running = new ArrayList<>();
            for (int station = 1; station <= STATIONS; station++) {
                int number = station;
                Callable<List<T>> task = () -> {
                    start.await();
                    return work.apply(number);
                };
                running.add(stations.submit(task));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> station : running) {
                all.addAll(station.get());
            }
            return all;
        } finally {
            stations.shutdownNow();
        }
    }
}
