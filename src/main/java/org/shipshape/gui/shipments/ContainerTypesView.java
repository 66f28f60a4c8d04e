package org.shipshape.gui.shipments;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditor;
import org.shipshape.gui.common.SectionView;
import org.shipshape.model.shipments.ContainerType;

/** The container types: inside and door size, payload and tare, as the carrier gives them. */
public final class ContainerTypesView implements SectionView {
    private final ContainerTypesViewModel viewModel;
    private final Messages text = Messages.of(ContainerTypesView.class);
    private final Region root;

    public ContainerTypesView(GuiContext context) {
        this.viewModel = new ContainerTypesViewModel(context);
        ReferenceEditor editor = new ReferenceEditor("container-types");
        editor.codeAndName(text, viewModel.codeProperty(), viewModel.nameProperty(), viewModel.creatingProperty());
        editor.field(text.get("label.insideLength"), "inside-length", viewModel.insideLengthProperty());
        editor.field(text.get("label.insideWidth"), "inside-width", viewModel.insideWidthProperty());
        editor.field(text.get("label.insideHeight"), "inside-height", viewModel.insideHeightProperty());
        editor.field(text.get("label.doorWidth"), "door-width", viewModel.doorWidthProperty());
        editor.field(text.get("label.doorHeight"), "door-height", viewModel.doorHeightProperty());
        editor.field(text.get("label.payload"), "payload", viewModel.payloadProperty());
        editor.field(text.get("label.tare"), "tare", viewModel.tareProperty());
        TableView<ContainerType> table = editor.<ContainerType>codedTable(text,
                editor.column(text.get("column.volume"), "volume", t -> text.get("volume", t.insideVolumeM3())),
                editor.column(text.get("column.payload"), "payload", t -> text.get("kg", t.maxPayloadKg())));
        root = editor.layout(viewModel, table, List.of());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.load();
    }
}
