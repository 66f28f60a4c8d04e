package org.shipshape.gui.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.HeldTaskExecutor;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;

class LoadingViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    LoadingViewModel viewModel;
    Shipment shipment;

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.ENGLISH);
        workspace = ShippingFixture.open(folder);
        ShippingFixture fixture = new ShippingFixture(workspace);
        shipment = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBoxes(shipment.id(), "MLI", 3);
        viewModel = new LoadingViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theShipmentStaysChosenAfterARefreshEvenThoughItsStatusChanged() {
        viewModel.scanTextProperty().set("MLI-0001");
        viewModel.scan();
        assertThat(viewModel.scanTextProperty().get()).isEmpty();

        viewModel.refresh();

        assertThat(viewModel.shipmentProperty().get().status()).isEqualTo(ShipmentStatus.LOADING);
        assertThat(viewModel.countTextProperty().get()).isEqualTo("loaded 1 of 3");
        assertThat(viewModel.pickList()).hasSize(2);
        assertThat(viewModel.canUndoProperty().get()).isTrue();
    }

    @Test
    void aScanAnsweredAfterTheWatchsTickStartedAReReadStillShowsThePackage() {
        HeldTaskExecutor tasks = new HeldTaskExecutor();
        GuiContext screen = new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { });
        LoadingViewModel loading = new LoadingViewModel(screen);
        loading.refresh();
        tasks.runAll();
        loading.scan("MLI-0001");
        tasks.runAll();
        assertThat(loading.lastNumberProperty().get()).isEqualTo("MLI-0001");

        // the watch's tick sees the shipment moved (by this station's own scan) and reads it again; the next scan
        // was asked for before that tick was answered
        screen.changes().poll();
        loading.scan("MLI-0002");
        tasks.runAll();

        assertThat(loading.lastNumberProperty().get()).isEqualTo("MLI-0002");
        assertThat(loading.countTextProperty().get()).isEqualTo("loaded 2 of 3");
        assertThat(loading.pickList()).extracting(p -> p.number()).containsExactly("MLI-0003");
    }

    @Test
    void noShipmentToLoadIsSaidOnlyOnceTheShipmentsWereRead() throws Exception {
        try (Workspace empty = ShippingFixture.open(java.nio.file.Files.createDirectory(folder.resolve("empty")))) {
            LoadingViewModel loading = new LoadingViewModel(new GuiContext(empty, new CurrentThreadTaskExecutor(),
                    new RecordingDialogs(), () -> { }));
            assertThat(loading.nothingToLoadProperty().get()).as("before the first read").isFalse();

            loading.refresh();

            assertThat(loading.nothingToLoadProperty().get()).as("read, and none can be loaded").isTrue();
        }
        assertThat(viewModel.nothingToLoadProperty().get()).as("a shipment can be loaded").isFalse();
    }

    @Test
    void anEnterInTheEmptyScanFieldIsNoScanAndRefusesNothing() {
        for (String blank : new String[] {"", "   "}) {
            viewModel.scanTextProperty().set(blank);
            viewModel.scan();
        }

        assertThat(viewModel.refusalProperty().get()).isEmpty();
        assertThat(viewModel.refusalsProperty().get()).isZero();
        assertThat(viewModel.outcomeProperty().get()).isNotEqualTo(LoadingViewModel.Outcome.REFUSED);
        assertThat(viewModel.scanTextProperty().get()).isEmpty();
        assertThat(viewModel.countTextProperty().get()).isEqualTo("loaded 0 of 3");
    }

    @Test
    void everyRefusalIsCountedSoTheViewBeepsEvenForTheSameReason() {
        viewModel.scan("NOPE");
        viewModel.scan("NOPE");

        assertThat(viewModel.refusalsProperty().get()).isEqualTo(2);
        assertThat(viewModel.refusalProperty().get()).contains("NOPE is unknown");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("loaded 0 of 3");

        viewModel.scan("MLI-0002");
        assertThat(viewModel.refusalProperty().get()).isEmpty();
        assertThat(viewModel.lastActionProperty().get()).isEqualTo("MLI-0002 loaded, number 1 in the container.");
    }

    @Test
    void aRefusalFromTheLoadingRulesIsShownInTheWindowsLanguage() {
        Locale.setDefault(Locale.FRENCH);
        try {
            LoadingViewModel french = new LoadingViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                    new RecordingDialogs(), () -> { }));
            french.refresh();

            french.scan("NOPE");

            assertThat(french.refusalProperty().get()).isEqualTo("Le colis NOPE est inconnu ; vérifiez l'étiquette"
                    + " ou retapez le numéro.");
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }

    @Test
    void capacityAndBoxEstimateFollowEachScan() {
        viewModel.scan("MLI-0001");
        Capacity capacity = viewModel.capacityProperty().get();

        assertThat(capacity.volumeM3()).isEqualByComparingTo("0.096");
        assertThat(viewModel.boxFitsTextProperty().get()).startsWith("781 x Small box"); // (28.217 - 0.096) / 0.036 = 781.1
        assertThat(viewModel.byCategory()).extracting(t -> t.category()).containsExactly("Men's clothes", "Towels");
    }
}
