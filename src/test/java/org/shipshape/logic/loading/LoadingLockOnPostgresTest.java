package org.shipshape.logic.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.db.PostgresTestServer;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * The lock a loading scan takes on its shipment (docs/decisions/0016) holds up only what decides on the shipment:
 * another scan waits for it, a packing station adding a package to the same shipment does not. The loading station
 * is held inside its transaction, after the lock, until the other station's work is done or seen waiting.
 */
@ExtendWith(PostgresTestServer.class)
class LoadingLockOnPostgresTest {
    private static final long PATIENCE_SECONDS = 20;
    private final ExecutorService stations = Executors.newFixedThreadPool(2);
    private Workspace loadingBay;
    private Workspace packingStation;
    private Shipment shipment;

    @BeforeEach
    void open() {
        String address = PostgresTestServer.freshAddress();
        loadingBay = Workspace.openServer(address, false, "Loading bay");
        packingStation = Workspace.openServer(address, false, "Packing 1");
        ShippingFixture fixture = new ShippingFixture(loadingBay);
        shipment = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBoxes(shipment.id(), "MLI", 2);
    }

    @AfterEach
    void close() {
        stations.shutdownNow();
        packingStation.close();
        loadingBay.close();
    }

    /** Runs {@code whileLocked} while the loading bay holds the shipment's lock; returns what it returned. */
    private <T> T whileTheLoadingBayHoldsTheShipment(Callable<T> whileLocked) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> release = new CompletableFuture<>();
        Future<?> holder = stations.submit(() -> loadingBay.database().inTransaction(() -> {
            new ShipmentRepository(loadingBay.database()).lockForChange(shipment.id());
            locked.countDown();
            return release.join();
        }));
        assertThat(locked.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        try {
            return whileLocked.call();
        } finally {
            release.complete(null);
            holder.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPackageAddedToTheShipmentDoesNotWaitForTheLoadingScansLock() throws Exception {
        String number = whileTheLoadingBayHoldsTheShipment(() -> stations.submit(() ->
                new PackingService(packingStation).newPackage(shipment.id(), PackageKind.BOX, null).number())
                .get(PATIENCE_SECONDS, TimeUnit.SECONDS));

        assertThat(number).startsWith("MLI-").isNotIn("MLI-0001", "MLI-0002");
    }

    @Test
    void aSecondScanIntoTheShipmentWaitsForTheFirst() throws Exception {
        Future<LoadResult> scan = whileTheLoadingBayHoldsTheShipment(() -> {
            Future<LoadResult> waiting = stations.submit(() -> new LoadingService(packingStation)
                    .load(shipment.id(), "MLI-0001"));
            awaitWaitingForTheShipmentsLock();
            assertThat(waiting).isNotDone();
            return waiting;
        });

        assertThat(scan.get(PATIENCE_SECONDS, TimeUnit.SECONDS).done()).isTrue();
    }

    /** Waits until a session of the test database waits for the shipment's lock (the server's own view of it). */
    private void awaitWaitingForTheShipmentsLock() throws Exception {
        for (int attempt = 0; attempt < PATIENCE_SECONDS * 10; attempt++) {
            try (var c = PostgresTestServer.connect(null); var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock' AND query LIKE 'SELECT id FROM shipment%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No station was seen waiting for the shipment's lock");
    }
}
