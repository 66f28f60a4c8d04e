package org.shipshape.gui.labels;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.Tables;
import org.shipshape.model.labels.LabelStock;

/**
 * The label controls of the packing screen: label stock, start position and printer, and the buttons that write
 * or print the labels of the package being packed, of the packages chosen in the list, or of all of them.
 */
public final class LabelsPane {
    private final Messages text = Messages.of(LabelsPane.class);
    private final VBox root = new VBox(8);
    private final Button current;

    /**
     * @param currentNumber the package being packed (empty list when none)
     * @param selectedNumbers the packages chosen in the packing list
     * @param allNumbers every package of the packing list
     * @param hasCurrent whether a package is being packed
     */
    public LabelsPane(LabelsViewModel model, Supplier<List<String>> currentNumber,
                      Supplier<List<String>> selectedNumbers, Supplier<List<String>> allNumbers,
                      ObservableBooleanValue hasCurrent) {
        ComboBox<LabelStock> stock = new ComboBox<>(model.labelStocks());
        stock.setId("packing-label-stock");
        stock.valueProperty().bindBidirectional(model.labelStockProperty());
        stock.setConverter(Tables.showing(LabelStock::name, ""));
        TextField start = new TextField();
        start.setId("packing-start-position");
        start.setPrefColumnCount(3);
        start.textProperty().bindBidirectional(model.startPositionTextProperty());
        ComboBox<String> printer = new ComboBox<>(model.printers());
        printer.setId("packing-printer");
        printer.valueProperty().bindBidirectional(model.printerProperty());
        printer.setOnShowing(e -> model.refreshPrinters());
        printer.setPromptText(text.get("printer.prompt"));
        current = button("packing-open-label", "openOne", "mdi2l-label-outline",
                () -> model.openLabels(currentNumber.get()));
        current.disableProperty().bind(javafx.beans.binding.Bindings.not(hasCurrent));
        Button selected = button("packing-reprint-selected", "openSelected", "mdi2f-file-pdf-box",
                () -> model.openLabels(selectedNumbers.get()));
        Button print = button("packing-print-selected", "printSelected", "mdi2p-printer",
                () -> model.printLabels(selectedNumbers.get()));
        Button all = button("packing-labels-all", "openAll", "mdi2l-label-multiple-outline",
                () -> model.openLabels(allNumbers.get()));
        Label message = org.shipshape.gui.common.Feedback.label("labels-message", model.feedback());
        FlowPane choices = new FlowPane(10, 6, labelled("stock", stock), labelled("start", start),
                labelled("printer", printer));
        FlowPane buttons = new FlowPane(6, 6, selected, print, all);
        root.getChildren().addAll(choices, buttons, message);
        root.setId("labels-pane");
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(text.get("button." + key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Node labelled(String key, Control control) {
        Label caption = new Label(text.get("label." + key));
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, caption, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public Node root() {
        return root;
    }

    /** "Label of this package", which the packing screen places beside Seal. */
    public Button currentPackageButton() {
        return current;
    }
}
