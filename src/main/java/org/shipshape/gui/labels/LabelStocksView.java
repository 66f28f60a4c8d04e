package org.shipshape.gui.labels;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditor;
import org.shipshape.gui.common.SectionView;
import org.shipshape.model.labels.LabelStock;

/** The label stocks: roll and sheet layouts, and their calibration with a printed test page. */
public final class LabelStocksView implements SectionView {
    private final LabelStocksViewModel viewModel;
    private final Messages text = Messages.of(LabelStocksView.class);
    private final Region root;

    public LabelStocksView(GuiContext context) {
        this.viewModel = new LabelStocksViewModel(context);
        ReferenceEditor editor = new ReferenceEditor("label-stocks");
        editor.codeAndName(text, viewModel.codeProperty(), viewModel.nameProperty(), viewModel.creatingProperty());
        editor.field(text.get("label.pageWidth"), "page-width", viewModel.pageWidthProperty());
        editor.field(text.get("label.pageHeight"), "page-height", viewModel.pageHeightProperty());
        editor.field(text.get("label.columns"), "columns", viewModel.columnsProperty());
        editor.field(text.get("label.rows"), "rows", viewModel.rowsProperty());
        editor.field(text.get("label.labelWidth"), "label-width", viewModel.labelWidthProperty());
        editor.field(text.get("label.labelHeight"), "label-height", viewModel.labelHeightProperty());
        editor.field(text.get("label.marginLeft"), "margin-left", viewModel.marginLeftProperty());
        editor.field(text.get("label.marginTop"), "margin-top", viewModel.marginTopProperty());
        editor.field(text.get("label.pitchX"), "pitch-x", viewModel.pitchXProperty());
        editor.field(text.get("label.pitchY"), "pitch-y", viewModel.pitchYProperty());
        editor.field(text.get("label.offsetX"), "offset-x", viewModel.offsetXProperty());
        editor.field(text.get("label.offsetY"), "offset-y", viewModel.offsetYProperty());
        editor.field(text.get("label.dpi"), "dpi", viewModel.dpiProperty());
        editor.field(text.get("label.printer"), "printer", viewModel.printerProperty());
        TableView<LabelStock> table = editor.<LabelStock>codedTable(text,
                editor.column(text.get("column.perPage"), "per-page", LabelStock::labelsPerPage),
                editor.column(text.get("column.offset"), "offset", s -> text.get("offset",
                        s.offsetXMm(), s.offsetYMm())));
        Button testPage = new Button(text.get("button.testPage"), new FontIcon("mdi2p-printer-outline"));
        testPage.setId("label-stocks-test-page");
        testPage.disableProperty().bind(viewModel.selectedProperty().isNull());
        testPage.setOnAction(e -> onTestPage());
        root = editor.layout(viewModel, table, List.of(testPage));
    }

    private void onTestPage() {
        viewModel.writeTestPage();
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
