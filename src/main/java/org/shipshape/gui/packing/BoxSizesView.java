package org.shipshape.gui.packing;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditor;
import org.shipshape.gui.common.SectionView;
import org.shipshape.model.packing.BoxSize;

/** The box sizes: the size buttons of the packing screen, with how many packages have each size. */
public final class BoxSizesView implements SectionView {
    private final BoxSizesViewModel viewModel;
    private final Messages text = Messages.of(BoxSizesView.class);
    private final Region root;

    public BoxSizesView(GuiContext context) {
        this.viewModel = new BoxSizesViewModel(context);
        ReferenceEditor editor = new ReferenceEditor("box-sizes");
        editor.codeAndName(text, viewModel.codeProperty(), viewModel.nameProperty(), viewModel.creatingProperty());
        editor.field(text.get("label.length"), "length", viewModel.lengthProperty());
        editor.field(text.get("label.width"), "width", viewModel.widthProperty());
        editor.field(text.get("label.height"), "height", viewModel.heightProperty());
        TableView<BoxSize> table = editor.<BoxSize>codedTable(text,
                editor.column(text.get("column.size"), "size", s -> s.dimensions().toString()),
                editor.column(text.get("column.packages"), "packages", viewModel::packagesOf));
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

    BoxSizesViewModel viewModel() {
        return viewModel;
    }
}
