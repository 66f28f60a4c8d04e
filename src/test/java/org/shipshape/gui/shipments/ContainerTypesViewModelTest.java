package org.shipshape.gui.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * The container types editor (issue 12): add, edit, delete and undo, a door larger than the inside refused by
 * field, a type in use refused with its reason, and retiring, which takes it off the shipment screen's choices but
 * leaves the shipments that use it as they are.
 */
class ContainerTypesViewModelTest {
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private GuiContext context;
    private ContainerTypesViewModel editor;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        context = new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), new RecordingDialogs(), () -> { });
        editor = new ContainerTypesViewModel(context);
        editor.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aTypeIsAddedEditedDeletedAndEachStepIsUndone() {
        editor.newEntry();
        type("45hc", "45 ft high cube", "13556", "2352", "2698", "2340", "2585", "29600");
        assertThat(editor.problems()).isEmpty();
        editor.save();
        assertThat(find("45HC").maxPayloadKg()).isEqualByComparingTo("29600");

        editor.selectedProperty().set(find("45HC"));
        editor.payloadProperty().set("28000");
        editor.save();
        assertThat(find("45HC").maxPayloadKg()).isEqualByComparingTo("28000");
        editor.undo();
        assertThat(find("45HC").maxPayloadKg()).isEqualByComparingTo("29600");

        editor.selectedProperty().set(find("45HC"));
        editor.delete();
        assertThat(codes()).doesNotContain("45HC");
        editor.undo();
        assertThat(codes()).contains("45HC");
    }

    @Test
    void aDoorLargerThanTheInsideIsRefusedByField() {
        editor.newEntry();
        assertThat(editor.problems()).as("an untouched new form").isEmpty();
        type("BAD", "Odd container", "5900", "2300", "2300", "2400", "2200", "20000");
        assertThat(editor.problems()).containsExactly(
                "Door: the door cannot be wider or higher than the inside of the container.");
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void aTypeInUseIsRetiredNotDeletedAndStaysOnItsShipments() {
        editor.selectedProperty().set(find("40HC"));
        editor.delete();
        assertThat(editor.statusProperty().get()).startsWith(
                "Container type 40HC is used by 1 shipment; retire it instead");
        assertThat(codes()).contains("40HC");

        editor.toggleRetired();
        assertThat(find("40HC").retired()).isTrue();
        ShipmentsViewModel shipments = new ShipmentsViewModel(context);
        shipments.refresh();
        assertThat(shipments.containerTypes()).doesNotContain("40HC").contains("20GP");
        assertThat(new ShipmentRepository(fixture.workspace.database()).findById(fixture.moldova).orElseThrow()
                .containerTypeCode()).isEqualTo("40HC");
    }

    private void type(String code, String name, String... millimetresThenPayload) {
        editor.codeProperty().set(code);
        editor.nameProperty().set(name);
        editor.insideLengthProperty().set(millimetresThenPayload[0]);
        editor.insideWidthProperty().set(millimetresThenPayload[1]);
        editor.insideHeightProperty().set(millimetresThenPayload[2]);
        editor.doorWidthProperty().set(millimetresThenPayload[3]);
        editor.doorHeightProperty().set(millimetresThenPayload[4]);
        editor.payloadProperty().set(millimetresThenPayload[5]);
    }

    private ContainerType find(String code) {
        return editor.entries().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private List<String> codes() {
        return editor.entries().stream().map(ContainerType::code).toList();
    }
}
