package org.shipshape.gui.customs;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.customs.PackPrinting;
import org.shipshape.model.customs.DocumentKind;

/** The print row of the Documents screen: printer, copies of each document, Print. */
final class PackPrintPane {
    private final PackPrintViewModel viewModel;
    private final Messages text = Messages.of(DocumentsView.class);
    private final VBox root = new VBox(6);

    PackPrintPane(PackPrintViewModel viewModel) {
        this.viewModel = viewModel;
        build();
    }

    private void build() {
        Label title = new Label(text.get("print.title"));
        title.getStyleClass().add("title-4");

        ComboBox<String> printer = new ComboBox<>(viewModel.printers());
        printer.setId("documents-printer");
        printer.valueProperty().bindBidirectional(viewModel.printerProperty());
        printer.setPromptText(text.get("print.printer.prompt"));
        Label printerLabel = new Label(text.get("print.printer"));
        printerLabel.setLabelFor(printer);
        Button find = new Button(text.get("print.find"));
        find.setId("documents-find-printers");
        find.setOnAction(e -> onFindPrinters());

        FlowPane copies = new FlowPane(12, 4);
        for (DocumentKind kind : DocumentKind.values()) {
            Spinner<Integer> count = new Spinner<>(0, PackPrinting.MAX_COPIES, 1);
            count.setId("documents-copies-" + kind.code());
            count.setPrefWidth(70);
            count.setEditable(true);
            count.getValueFactory().valueProperty().bindBidirectional(viewModel.copiesProperty(kind).asObject());
            Label label = new Label(text.get("print.copies." + kind.code()));
            label.setLabelFor(count);
            count.setAccessibleText(text.get("print.copies.accessible", label.getText()));
            HBox cell = new HBox(4, label, count);
            cell.setAlignment(Pos.CENTER_LEFT);
            copies.getChildren().add(cell);
        }

        Button print = new Button(text.get("print.button"), new FontIcon(MaterialDesignP.PRINTER));
        print.setId("documents-print");
        print.disableProperty().bind(viewModel.printDisabled());
        print.setOnAction(e -> onPrint());
        Label status = new Label();
        status.setId("documents-print-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);

        HBox choose = new HBox(8, printerLabel, printer, find, print, status);
        choose.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, choose, copies);
    }

    private void onFindPrinters() {
        viewModel.refreshPrinters();
    }

    private void onPrint() {
        viewModel.print();
    }

    Node root() {
        return root;
    }
}
