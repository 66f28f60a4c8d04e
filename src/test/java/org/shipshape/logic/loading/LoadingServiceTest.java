package org.shipshape.logic.loading;

import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.shipments.ShippingFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.loading.LoadRecord;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.loading.LoadRepository;

class LoadingServiceTest {
    @TempDir
    Path folder;
    Workspace workspace;
    ShippingFixture fixture;
    LoadingService loading;
    Shipment shipment;

    @BeforeEach
    void open() {
        workspace = openWorkspace("Test volunteer");
        fixture = new ShippingFixture(workspace);
        loading = new LoadingService(workspace);
        shipment = fixture.shipment("MLI-2026-01", "20GP");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<LoadRecord> loads() {
        return new LoadRepository(workspace.database()).loadsOf(shipment.id());
    }

    private PackageStatus statusOf(String number) {
        return new PackageRepository(workspace.database()).findByNumber(number).orElseThrow().status();
    }

    private void assertRefusedWithoutChange(LoadResult result, String reasonPart) {
        assertThat(result.done()).isFalse();
        assertThat(Catalogue.of(Language.EN).render(result.refusal())).contains(reasonPart);
    }

    @Test
    void aSealedPackageOfTheShipmentIsLoadedInOrderAndTheShipmentMovesToLoading() {
        fixture.sealedBox(shipment.id(), "MLI-0001", "10");
        fixture.sealedBox(shipment.id(), "MLI-0002", "10");

        LoadResult first = loading.load(shipment.id(), "mli-0002");
        LoadResult second = loading.load(shipment.id(), " MLI-0001 ");

        assertThat(first.done()).isTrue();
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(loads()).extracting(LoadRecord::loadedBy).containsOnly("Test volunteer");
        assertThat(statusOf("MLI-0002")).isEqualTo(PackageStatus.LOADED);
        assertThat(new ShipmentService(workspace).get(shipment.id()).status()).isEqualTo(ShipmentStatus.LOADING);
        assertThat(loading.overview(shipment.id()).loadedNumbers()).containsExactly("MLI-0002", "MLI-0001");
    }

    @Test
    void anUnknownPackageIsRefused() {
        assertRefusedWithoutChange(loading.load(shipment.id(), "MLI-9999"), "MLI-9999 is unknown");
        assertThat(loads()).isEmpty();
        assertThat(new ShipmentService(workspace).get(shipment.id()).status()).isEqualTo(ShipmentStatus.PLANNING);
    }

    @Test
    void anEmptyScanIsRefused() {
        assertRefusedWithoutChange(loading.load(shipment.id(), "  "), "Scan a package label");
    }

    @Test
    void aPackageLoadedAlreadyIsRefused() {
        fixture.sealedBox(shipment.id(), "MLI-0001", "10");
        loading.load(shipment.id(), "MLI-0001");

        assertRefusedWithoutChange(loading.load(shipment.id(), "MLI-0001"), "already loaded");
        assertThat(loads()).hasSize(1);
    }

    @Test
    void aPackageOfAnotherShipmentIsRefused() {
        Shipment other = fixture.shipment("BEN-2026-02", "40HC");
        fixture.sealedBox(other.id(), "BEN-0001", "10");

        assertRefusedWithoutChange(loading.load(shipment.id(), "BEN-0001"), "belongs to shipment BEN-2026-02");
        assertThat(statusOf("BEN-0001")).isEqualTo(PackageStatus.SEALED);
        assertThat(loads()).isEmpty();
    }

    @Test
    void warehouseStockIsRefused() {
        fixture.sealedBox(null, "WH-0001", "10");

        assertRefusedWithoutChange(loading.load(shipment.id(), "WH-0001"), "warehouse stock");
        assertThat(statusOf("WH-0001")).isEqualTo(PackageStatus.SEALED);
    }

    @Test
    void aPackageNotSealedIsRefused() {
        fixture.box(shipment.id(), "MLI-0001", "10", PackageStatus.OPEN, new Dimensions(60, 40, 40));

        assertRefusedWithoutChange(loading.load(shipment.id(), "MLI-0001"), "not sealed yet");
        assertThat(statusOf("MLI-0001")).isEqualTo(PackageStatus.OPEN);
        assertThat(loads()).isEmpty();
    }

    @Test
    void aPackageWithoutGrossWeightIsRefused() {
        fixture.box(shipment.id(), "MLI-0001", null, PackageStatus.SEALED, new Dimensions(60, 40, 40));

        assertRefusedWithoutChange(loading.load(shipment.id(), "MLI-0001"), "no gross weight");
        assertThat(loads()).isEmpty();
    }

    @Test
    void aBoxOnAPalletIsRefused() {
        Package pallet = fixture.sealedBox(shipment.id(), "MLI-P001", "300");
        long boxId = new PackageRepository(workspace.database()).insert(new Package(0, "MLI-0002", PackageKind.BOX,
                shipment.id(), pallet.id(), new Dimensions(40, 30, 30), new java.math.BigDecimal("8"), Set.of(),
                PackageStatus.SEALED, "x", Instant.now()), List.of());

        assertRefusedWithoutChange(loading.load(shipment.id(), "MLI-0002"), "pallet MLI-P001");
        assertThat(boxId).isPositive();
        assertThat(loads()).isEmpty();
    }

    @Test
    void aPackageThatWouldExceedThePayloadIsRefused() {
        fixture.sealedBox(shipment.id(), "MLI-0001", "28000");
        fixture.sealedBox(shipment.id(), "MLI-0002", "200.001");
        fixture.sealedBox(shipment.id(), "MLI-0003", "200");
        assertThat(loading.load(shipment.id(), "MLI-0001").done()).isTrue();

        LoadResult refused = loading.load(shipment.id(), "MLI-0002");
        assertRefusedWithoutChange(refused, "would exceed the payload");
        assertThat(refused.refusal()).isEqualTo(Message.of("loading.refused.payloadExceeded", "MLI-0002",
                new BigDecimal("200.001"), "20GP", new BigDecimal("28000.000"), new BigDecimal("28200.000")));
        assertThat(Catalogue.of(Language.FR).render(refused.refusal())).isEqualTo("Le colis MLI-0002 (200,001 kg)"
                + " dépasserait la charge utile du 20GP : 28\u202f000 kg sur 28\u202f200 kg sont déjà chargés.");
        assertThat(statusOf("MLI-0002")).isEqualTo(PackageStatus.SEALED);
        assertThat(loading.load(shipment.id(), "MLI-0003").done()).as("exactly the payload still fits").isTrue();
    }

    @Test
    void aShipmentWithoutContainerTypeRefusesLoads() {
        Shipment untyped = fixture.shipment("MLI-2026-02", null);
        fixture.sealedBox(untyped.id(), "MLI-0001", "10");

        assertRefusedWithoutChange(loading.load(untyped.id(), "MLI-0001"), "no container type");
        assertThat(statusOf("MLI-0001")).isEqualTo(PackageStatus.SEALED);
    }

    @Test
    void aSealedShipmentRefusesLoadsUnloadsAndUndo() {
        fixture.sealedBox(shipment.id(), "MLI-0001", "10");
        fixture.sealedBox(shipment.id(), "MLI-0002", "10");
        loading.load(shipment.id(), "MLI-0001");
        seal();

        assertRefusedWithoutChange(loading.load(shipment.id(), "MLI-0002"), "is sealed; its loads are locked");
        assertRefusedWithoutChange(loading.unload(shipment.id(), "MLI-0001"), "locked");
        assertRefusedWithoutChange(loading.undoLast(shipment.id()), "locked");
        assertThat(loads()).hasSize(1);
        assertThat(statusOf("MLI-0002")).isEqualTo(PackageStatus.SEALED);
    }

    private void seal() {
        ShipmentService service = new ShipmentService(workspace);
        Shipment s = service.get(shipment.id());
        service.update(new Shipment(s.id(), s.reference(), s.countryCode(), s.consignee(), null, null, null, null,
                null, null, null, null, null, null, null, null, s.currency(), s.documentLanguages(),
                s.containerTypeCode(), "CSQU3054383", "SEAL-1", s.status()));
        service.moveTo(s.id(), ShipmentStatus.SEALED, null);
    }

    @Test
    void undoTakesBackTheLastScanOnly() {
        fixture.sealedBoxes(shipment.id(), "MLI", 3);
        loading.load(shipment.id(), "MLI-0001");
        loading.load(shipment.id(), "MLI-0003");

        LoadResult undone = loading.undoLast(shipment.id());

        assertThat(undone.done()).isTrue();
        assertThat(undone.packageNumber()).isEqualTo("MLI-0003");
        assertThat(statusOf("MLI-0003")).isEqualTo(PackageStatus.SEALED);
        assertThat(statusOf("MLI-0001")).isEqualTo(PackageStatus.LOADED);
        assertThat(loads()).hasSize(1);
    }

    @Test
    void undoWithNothingLoadedIsRefused() {
        assertRefusedWithoutChange(loading.undoLast(shipment.id()), "Nothing to undo");
    }

    @Test
    void unloadPutsThePackageBackToSealedAndRefusesOnesNotLoadedHere() {
        fixture.sealedBoxes(shipment.id(), "MLI", 2);
        loading.load(shipment.id(), "MLI-0001");

        assertRefusedWithoutChange(loading.unload(shipment.id(), "MLI-0002"), "is not loaded in shipment");
        assertRefusedWithoutChange(loading.unload(shipment.id(), "NOPE-1"), "unknown");
        assertThat(loading.unload(shipment.id(), "MLI-0001").done()).isTrue();
        assertThat(statusOf("MLI-0001")).isEqualTo(PackageStatus.SEALED);
        assertThat(loads()).isEmpty();
    }

    @Test
    void capacitySumsTheLoadedPackages() {
        fixture.sealedBoxes(shipment.id(), "MLI", 4);
        loading.load(shipment.id(), "MLI-0001");
        loading.load(shipment.id(), "MLI-0002");

        Capacity capacity = loading.capacity(shipment.id());

        assertThat(capacity.loaded()).isEqualTo(2);
        assertThat(capacity.total()).isEqualTo(4);
        assertThat(capacity.volumeM3()).isEqualByComparingTo("0.192");
        assertThat(capacity.grossKg()).isEqualByComparingTo("25");
        assertThat(capacity.usableShare()).isEqualByComparingTo("0.85");
    }

    /** The warehouse the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Workspace openWorkspace(String user) {
        return Workspace.open(folder.resolve("t.db"), false, user);
    }
}
