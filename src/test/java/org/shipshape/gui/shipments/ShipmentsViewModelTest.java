package org.shipshape.gui.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipments.ArrivalState;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.audit.AuditRepository;

class ShipmentsViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    RecordingDialogs dialogs;
    ShipmentsViewModel viewModel;

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.ENGLISH);
        workspace = ShippingFixture.open(folder);
        dialogs = new RecordingDialogs();
        viewModel = new ShipmentsViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs,
                () -> { }));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void fillNew(String reference) {
        viewModel.newShipment();
        viewModel.referenceProperty().set(reference);
        viewModel.countryProperty().set("MD");
        viewModel.consigneeProperty().set("Casa Speranta");
    }

    @Test
    void aNewShipmentIsSavedWithTheDestinationsLanguages() {
        fillNew("MDA-2026-01");
        assertThat(viewModel.languagesProperty().get()).isEqualTo("ro");
        assertThat(viewModel.validProperty().get()).isTrue();
        assertThat(viewModel.advanceBlockedProperty().get()).isEqualTo("Save the new shipment first.");

        viewModel.save();
        assertThat(viewModel.dirtyProperty().get()).isFalse();

        assertThat(viewModel.rows()).extracting(r -> r.shipment().reference()).containsExactly("MDA-2026-01");
        assertThat(viewModel.dirtyProperty().get()).isFalse();
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Status: planning");
        assertThat(viewModel.advanceTextProperty().get()).isEqualTo("Move to packing");
        assertThat(viewModel.advanceBlockedProperty().get()).isEmpty();
    }

    @Test
    void aWrongContainerNumberShowsTheExpectedDigitAndBlocksSave() {
        fillNew("MDA-2026-01");
        viewModel.containerNumberProperty().set("CSQU3054384");

        assertThat(viewModel.containerNumberProblemProperty().get()).isEqualTo("CSQU3054384: the check digit should be 3.");
        assertThat(viewModel.validProperty().get()).isFalse();
        assertThat(viewModel.problemsProperty().get()).contains("Container number CSQU3054384");

        viewModel.containerNumberProperty().set("CSQU3054383");
        assertThat(viewModel.containerNumberProblemProperty().get()).isEmpty();
        assertThat(viewModel.validProperty().get()).isTrue();
    }

    @Test
    void anUnknownLanguageIsAProblemNotACrash() {
        fillNew("MDA-2026-01");
        viewModel.languagesProperty().set("ro;xx");
        assertThat(viewModel.validProperty().get()).isFalse();
        assertThat(viewModel.problemsProperty().get()).contains("\"xx\" is not known");
    }

    @Test
    void sealingIsBlockedWithTheReasonAndReopeningAsksWhy() {
        fillNew("MDA-2026-01");
        viewModel.save();
        long id = viewModel.selectedProperty().get().shipment().id();
        new ShippingFixture(workspace).sealedBox(id, "MDA-0001", "15");
        new LoadingService(workspace).load(id, "MDA-0001");
        viewModel.refresh();
        assertThat(viewModel.statusProperty().get()).isEqualTo(ShipmentStatus.LOADING);
        assertThat(viewModel.advanceBlockedProperty().get()).contains("enter the container number",
                "enter the seal number");

        viewModel.containerNumberProperty().set("MSKU9070323");
        assertThat(viewModel.advanceBlockedProperty().get()).isEqualTo("Save or undo your changes first.");
        viewModel.sealNumberProperty().set("ML-778899");
        viewModel.save();
        assertThat(viewModel.advanceBlockedProperty().get()).isEmpty();
        viewModel.advance();
        assertThat(viewModel.statusProperty().get()).isEqualTo(ShipmentStatus.SEALED);

        dialogs.answerText((String) null);
        viewModel.reopen();
        assertThat(dialogs.questions()).containsExactly("Reopen shipment MDA-2026-01");
        assertThat(viewModel.statusProperty().get()).as("no reason given").isEqualTo(ShipmentStatus.SEALED);

        dialogs.answerText("Forgot the school desks");
        viewModel.reopen();
        assertThat(viewModel.statusProperty().get()).isEqualTo(ShipmentStatus.LOADING);
        assertThat(new AuditRepository(workspace.database()).recent(1).get(0).details())
                .isEqualTo("sealed -> loading: Forgot the school desks");
    }

    @Test
    void arrivalRecordsAreSavedFromTheTable() {
        fillNew("MDA-2026-01");
        viewModel.containerNumberProperty().set("CSQU3054383");
        viewModel.sealNumberProperty().set("S-1");
        viewModel.save();
        long id = viewModel.selectedProperty().get().shipment().id();
        new ShippingFixture(workspace).sealedBox(id, "MDA-0001", "15");
        new LoadingService(workspace).load(id, "MDA-0001");
        ShipmentService service = new ShipmentService(workspace);
        service.moveTo(id, ShipmentStatus.SEALED, null);
        service.moveTo(id, ShipmentStatus.SHIPPED, null);
        service.moveTo(id, ShipmentStatus.ARRIVED, null);
        viewModel.refresh();
        assertThat(viewModel.arrivalEditableProperty().get()).isTrue();
        assertThat(viewModel.capacityProperty().get().loaded()).isEqualTo(1);

        viewModel.arrivals().get(0).stateProperty().set(ArrivalState.RECEIVED);
        viewModel.partnerRemarksProperty().set("All good, thank you");
        viewModel.saveArrival();

        assertThat(service.arrivalSheet(id)).extracting(ShipmentService.ArrivalLine::state)
                .containsExactly(ArrivalState.RECEIVED);
        assertThat(service.partnerRemarks(id)).isEqualTo("All good, thank you");
        assertThat(viewModel.advanceBlockedProperty().get()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
