package org.shipshape.logic.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.audit.AuditEntry;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.store.audit.AuditRepository;

/**
 * Every change a packing station or the loading bay makes leaves a row in the audit log, in the same transaction
 * (issue 18: with several stations, the log is how a warehouse finds out who did what). A refused scan leaves none.
 */
class StationChangesAuditedTest {
    @TempDir
    Path folder;

    @Test
    void packingWeighingSealingLoadingAndUnloadingAreEachAuditedWithTheStationAndThePackage() {
        try (Workspace workspace = Workspace.open(folder.resolve("t.db"), false, "station 3")) {
            long shipmentId = new ShippingFixture(workspace).shipment("MLI-2026-01", "20GP").id();
            PackingService packing = new PackingService(workspace);
            LoadingService loading = new LoadingService(workspace);
            long id = packing.newPackage(shipmentId, PackageKind.BOX, packing.boxSizes().get(0)).pkg().id();
            String number = packing.setGrossWeight(id, new BigDecimal("14.5")).pkg().number();
            packing.seal(id);
            assertThat(loading.load(shipmentId, number).done()).isTrue();
            assertThat(loading.load(shipmentId, number).done()).as("a second scan is refused").isFalse();
            assertThat(loading.unload(shipmentId, number).done()).isTrue();
            assertThat(loading.load(shipmentId, number).done()).isTrue();
            assertThat(loading.undoLast(shipmentId).done()).isTrue();

            List<AuditEntry> newestFirst = new AuditRepository(workspace.database()).recent(10).stream()
                    .filter(e -> e.entity().equals("parcel")).toList();
            assertThat(newestFirst).extracting(AuditEntry::action)
                    .containsExactly("unload", "load", "unload", "load", "seal", "edit", "create");
            assertThat(newestFirst).allSatisfy(e -> {
                assertThat(e.user()).isEqualTo("station 3");
                assertThat(e.entityKey()).isEqualTo(number);
            });
        }
    }
}
