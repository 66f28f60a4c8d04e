package org.shipshape.gui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * What an empty list shows: while its rows are still being read, a spinner and "Loading..." (style class
 * {@code loading}); once read, the sentence that says why it is empty and what to do.
 */
public final class Placeholders {
    private Placeholders() {
    }

    public static Node loadingOr(ObservableBooleanValue loading, String empty) {
        return loadingOr(loading, new javafx.beans.property.SimpleStringProperty(empty));
    }

    /** @param empty the sentence for an empty list, which may change with the screen's state */
    public static Node loadingOr(ObservableBooleanValue loading, ObservableStringValue empty) {
        Label emptyText = new Label();
        emptyText.textProperty().bind(empty);
        emptyText.setWrapText(true);
        emptyText.getStyleClass().add("placeholder-text");
        emptyText.visibleProperty().bind(javafx.beans.binding.Bindings.not(loading));
        emptyText.managedProperty().bind(emptyText.visibleProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label loadingText = new Label(Messages.of(Placeholders.class).get("loading"), spinner);
        HBox busy = new HBox(loadingText);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add("loading");
        busy.visibleProperty().bind(loading);
        busy.managedProperty().bind(busy.visibleProperty());
        StackPane pane = new StackPane(emptyText, busy);
        pane.setMaxWidth(560);
        return pane;
    }
}
