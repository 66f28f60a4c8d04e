package org.shipshape.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shipshape.gui.donors.DonorsViewModel;
import org.shipshape.gui.inventory.InventoryViewModel;
import org.shipshape.gui.labels.LabelsViewModel;
import org.shipshape.gui.packing.PackingViewModel;
import org.shipshape.gui.shipments.ShipmentsViewModel;
import org.shipshape.logic.donors.DonorService;
import org.shipshape.logic.inventory.InventoryService;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.Package;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.inventory.InventoryFixture;

/**
 * Optimistic locking on the screens where stations collide (docs/decisions/0012): Anna's screen shows a record, Bea
 * changes it, Anna saves what she typed. Anna is told who changed it and when, nothing of Bea's is overwritten, and
 * after Reload her next save goes through. On SQLite one station has the file, so Bea is the next volunteer at the
 * same station (the user changes, Anna's screen stays open); the PostgreSQL variant puts them on two stations.
 */
class EditConflictsTest extends TwoStationScreens {
    @Test
    void anItemEditedOnTheInventoryAfterAnotherStationChangedItSaysWhoAndKeepsTheirChange() {
        InventoryFixture items = new InventoryFixture(anna.database());
        InventoryViewModel inventory = new InventoryViewModel(annasScreen);
        inventory.refresh();
        InventoryRow shown = row(inventory, items.bathTowels);
        asBea(bea -> {
            InventoryService service = new InventoryService(bea);
            DonatedItem item = service.item(items.bathTowels);
            service.update(new DonatedItem(item.id(), item.donorId(), item.categoryId(), "bath towels, blue",
                    new BigDecimal("8"), item.unit(), item.condition(), item.unitValue(), item.currency(),
                    item.unitKg(), item.receivedOn(), item.location(), item.status(), item.testRecord()),
                    service.find(item.id()).orElseThrow().version());
        });
        dialogs.answerConfirm(true);

        inventory.edit(shown, InventoryViewModel.Field.QUANTITY, "12");

        assertToldAboutBea("Item " + items.bathTowels);
        DonatedItem stored = new InventoryService(anna).item(items.bathTowels);
        assertThat(stored.quantity()).isEqualByComparingTo("8");
        assertThat(stored.description()).isEqualTo("bath towels, blue");
        InventoryRow reloaded = row(inventory, items.bathTowels);
        assertThat(reloaded.description()).isEqualTo("bath towels, blue");
        assertThat(reloaded.quantity()).isEqualByComparingTo("8");

        inventory.edit(reloaded, InventoryViewModel.Field.QUANTITY, "12");

        assertThat(new InventoryService(anna).item(items.bathTowels).quantity()).isEqualByComparingTo("12");
        assertThat(new InventoryService(anna).item(items.bathTowels).description()).isEqualTo("bath towels, blue");
        assertThat(dialogs.shown("confirm")).hasSize(1);
    }

    private static InventoryRow row(InventoryViewModel inventory, long id) {
        return inventory.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aPackageWeighedOnPackingAfterAnotherStationWeighedItSaysWhoAndKeepsTheirWeight() {
        ShippingFixture fixture = new ShippingFixture(anna);
        Shipment shipment = fixture.shipment("MLI-2026-01", "20GP");
        Package box = fixture.box(shipment.id(), "MLI-0042", null, PackageStatus.OPEN, new Dimensions(60, 40, 40));
        PackingViewModel packing = new PackingViewModel(annasScreen, new LabelsViewModel(annasScreen));
        packing.loadByNumber("MLI-0042");
        asBea(bea -> new PackingService(bea).setGrossWeight(box.id(), new BigDecimal("14.5")));
        dialogs.answerConfirm(true);

        packing.weightTextProperty().set("9");
        packing.saveWeight();

        assertToldAboutBea("Package MLI-0042");
        assertThat(grossKg(box)).isEqualByComparingTo("14.5");
        assertThat(packing.weightTextProperty().get()).isEqualTo("14.5");

        packing.weightTextProperty().set("9");
        packing.saveWeight();

        assertThat(grossKg(box)).isEqualByComparingTo("9");
        assertThat(dialogs.shown("confirm")).hasSize(1);
    }

    private BigDecimal grossKg(Package box) {
        return new PackingService(anna).details(box.id()).pkg().grossKg();
    }

    @Test
    void aSealOverAnotherStationsChangeIsAConflictAndThePackageStaysOpen() {
        ShippingFixture fixture = new ShippingFixture(anna);
        Shipment shipment = fixture.shipment("MLI-2026-01", "20GP");
        Package box = fixture.box(shipment.id(), "MLI-0042", "10", PackageStatus.OPEN, new Dimensions(60, 40, 40));
        PackingViewModel packing = new PackingViewModel(annasScreen, new LabelsViewModel(annasScreen));
        packing.loadByNumber("MLI-0042");
        asBea(bea -> new PackingService(bea).setDimensions(box.id(), new Dimensions(80, 60, 50)));
        dialogs.answerConfirm(false);

        packing.seal();

        assertToldAboutBea("Package MLI-0042");
        var stored = new PackingService(anna).details(box.id()).pkg();
        assertThat(stored.status()).isEqualTo(PackageStatus.OPEN);
        assertThat(stored.dimensions()).isEqualTo(new Dimensions(80, 60, 50));
    }

    @Test
    void aShipmentSavedAfterAnotherStationChangedItSaysWhoAndKeepsTheirChange() {
        ShippingFixture fixture = new ShippingFixture(anna);
        Shipment created = fixture.shipment("MLI-2026-01", "20GP");
        ShipmentsViewModel shipments = new ShipmentsViewModel(annasScreen);
        shipments.refresh();
        assertThat(shipments.selectedProperty().get().shipment().id()).isEqualTo(created.id());
        asBea(bea -> {
            ShipmentService service = new ShipmentService(bea);
            Shipment stored = service.get(created.id());
            service.update(withVessel(stored, "MSC Bea"), service.version(created.id()).number());
        });
        dialogs.answerConfirm(true);

        shipments.vesselProperty().set("CMA Anna");
        shipments.save();

        assertToldAboutBea("Shipment MLI-2026-01");
        assertThat(new ShipmentService(anna).get(created.id()).vessel()).isEqualTo("MSC Bea");
        assertThat(shipments.vesselProperty().get()).isEqualTo("MSC Bea");

        shipments.vesselProperty().set("CMA Anna");
        shipments.save();

        assertThat(new ShipmentService(anna).get(created.id()).vessel()).isEqualTo("CMA Anna");
        assertThat(dialogs.shown("confirm")).hasSize(1);
    }

    private static Shipment withVessel(Shipment s, String vessel) {
        return new Shipment(s.id(), s.reference(), s.countryCode(), s.consignee(), s.consigneeAddress(),
                s.notifyParty(), s.portOfLoading(), s.portOfDischarge(), s.finalDestination(), vessel, s.voyage(),
                s.billOfLading(), s.etd(), s.eta(), s.incoterm(), s.incotermPlace(), s.currency(),
                s.documentLanguages(), s.containerTypeCode(), s.containerNumber(), s.sealNumber(), s.status());
    }

    @Test
    void aDonorSavedAfterAnotherStationChangedItSaysWhoAndKeepsTheirChange() {
        Donor created = new DonorService(anna).save(Donor.named("Hope Church", org.shipshape.model.donors.DonorKind
                .CHURCH));
        DonorsViewModel donors = new DonorsViewModel(annasScreen);
        donors.refresh();
        donors.selectedProperty().set(donors.donors().get(0));
        asBea(bea -> {
            DonorService service = new DonorService(bea);
            service.save(withPhone(created, "0123 456"), service.version(created.id()).number());
        });
        dialogs.answerConfirm(true);

        donors.notesProperty().set("Gives every spring");
        donors.save();

        assertToldAboutBea("Donor Hope Church");
        Donor stored = new DonorService(anna).search("Hope").get(0);
        assertThat(stored.phone()).isEqualTo("0123 456");
        assertThat(stored.notes()).isNull();
        assertThat(donors.phoneProperty().get()).isEqualTo("0123 456");

        donors.notesProperty().set("Gives every spring");
        donors.save();

        stored = new DonorService(anna).search("Hope").get(0);
        assertThat(stored.phone()).isEqualTo("0123 456");
        assertThat(stored.notes()).isEqualTo("Gives every spring");
        assertThat(dialogs.shown("confirm")).hasSize(1);
    }

    private static Donor withPhone(Donor d, String phone) {
        return new Donor(d.id(), d.name(), d.kind(), d.email(), phone, d.address(), d.notes());
    }
}
