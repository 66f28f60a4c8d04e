package org.shipshape.gui.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.labels.LabelsViewModel;
import org.shipshape.gui.packing.PackingViewModel;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.Shipment;

/**
 * Screens showing shared state follow another station (docs/decisions/0012): Bea loads and packs at her station,
 * Anna's loading and packing screens show it after the change watch's next tick (driven here by hand; the window
 * ticks every second). On SQLite Anna's station has the file open read-only, as a second PC does; the PostgreSQL
 * variant puts both on a server.
 */
class LiveRefreshTest {
    @TempDir
    Path folder;
    Workspace bea;
    Workspace anna;
    Shipment shipment;
    GuiContext annasScreen;

    /** Bea's station, which writes. */
    Workspace openBea() {
        return Workspace.open(folder.resolve("t.db"), false, "Bea");
    }

    /** Anna's station on the same database. */
    Workspace openAnna() {
        return Workspace.open(folder.resolve("t.db"), true, "Anna");
    }

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.ENGLISH);
        bea = openBea();
        ShippingFixture fixture = new ShippingFixture(bea);
        shipment = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBoxes(shipment.id(), "MLI", 3);
        anna = openAnna();
        annasScreen = new GuiContext(anna, new CurrentThreadTaskExecutor(), new RecordingDialogs(), () -> { });
    }

    @AfterEach
    void close() {
        anna.close();
        bea.close();
    }

    @Test
    void aPackageLoadedAtAnotherStationShowsInTheGaugesAndLeavesThePickListAfterATick() {
        LoadingViewModel loading = new LoadingViewModel(annasScreen);
        loading.refresh();
        assertThat(loading.countTextProperty().get()).isEqualTo("loaded 0 of 3");
        assertThat(loading.pickList()).hasSize(3);

        assertThat(new LoadingService(bea).load(shipment.id(), "MLI-0002").done()).isTrue();
        assertThat(loading.countTextProperty().get()).isEqualTo("loaded 0 of 3");

        annasScreen.changes().poll();

        assertThat(loading.countTextProperty().get()).isEqualTo("loaded 1 of 3");
        assertThat(loading.capacityProperty().get().loaded()).isEqualTo(1);
        assertThat(loading.pickList()).extracting(p -> p.number()).containsExactly("MLI-0001", "MLI-0003");

        new LoadingService(bea).undoLast(shipment.id());
        annasScreen.changes().poll();

        assertThat(loading.countTextProperty().get()).isEqualTo("loaded 0 of 3");
        assertThat(loading.pickList()).hasSize(3);
    }

    @Test
    void aPollWithNothingChangedLeavesTheScreenAsItIs() {
        LoadingViewModel loading = new LoadingViewModel(annasScreen);
        loading.refresh();
        var shownList = java.util.List.copyOf(loading.pickList());
        var shownCapacity = loading.capacityProperty().get();

        annasScreen.changes().poll();
        annasScreen.changes().poll();

        assertThat(loading.capacityProperty().get()).isSameAs(shownCapacity);
        assertThat(loading.pickList()).containsExactlyElementsOf(shownList);
    }

    @Test
    void aPackageAddedAtAnotherStationShowsInThePackingListOfTheShipmentAfterATick() {
        PackingViewModel packing = new PackingViewModel(annasScreen, new LabelsViewModel(annasScreen));
        packing.refreshChoices();
        packing.shipmentProperty().set(packing.shipments().stream()
                .filter(c -> shipment.id() == (c.id() == null ? -1 : c.id())).findFirst().orElseThrow());
        assertThat(packing.packingList()).hasSize(3);

        String number = new PackingService(bea).newPackage(shipment.id(), PackageKind.BOX, null).number();
        annasScreen.changes().poll();

        assertThat(packing.packingList()).hasSize(4);
        assertThat(packing.packingList()).anySatisfy(row -> assertThat(row.number()).isEqualTo(number));
    }
}
