package org.shipshape.gui.planning;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Messages;

/** A "Will it fit?" button and its answer, for embedding in the packing and shipments screens. */
public final class WillItFitView {
    private final HBox root;

    /**
     * @param idPrefix            prefix of the control ids, such as "packing" (gives "packing-will-it-fit")
     * @param shipmentReference   the shipment currently chosen on the hosting screen, or null
     */
    public WillItFitView(WillItFitViewModel model, String idPrefix, Supplier<String> shipmentReference) {
        Messages text = Messages.of(WillItFitView.class);
        Button check = new Button(text.get("button"), new FontIcon("mdi2c-cube-scan"));
        check.setId(idPrefix + "-will-it-fit");
        check.disableProperty().bind(model.busyProperty());
        check.setOnAction(e -> model.check(shipmentReference.get()));
        Label answer = new Label();
        answer.setId(idPrefix + "-will-it-fit-answer");
        answer.setWrapText(true);
        answer.textProperty().bind(model.answerProperty());
        root = new HBox(8, check, answer);
    }

    public Node root() {
        return root;
    }
}
