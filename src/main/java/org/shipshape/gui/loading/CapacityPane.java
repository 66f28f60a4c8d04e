package org.shipshape.gui.loading;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.shipments.Capacity;

/** Gauges for volume, weight and package count of a container, with the warning before overflow. */
public final class CapacityPane {
    private final Messages text = Messages.of(LoadingView.class);
    private final VBox root = new VBox(6);
    private final ProgressBar volumeBar = bar();
    private final ProgressBar weightBar = bar();
    private final ProgressBar countBar = bar();
    private final Label volumeText = new Label();
    private final Label weightText = new Label();
    private final Label countText = new Label();
    private final Label warning = new Label();

    /** @param idPrefix such as "loading", giving ids loading-volume-bar, loading-weight-text ... */
    public CapacityPane(String idPrefix, ObservableValue<Capacity> capacity) {
        volumeBar.setId(idPrefix + "-volume-bar");
        weightBar.setId(idPrefix + "-weight-bar");
        countBar.setId(idPrefix + "-count-bar");
        volumeText.setId(idPrefix + "-volume-text");
        weightText.setId(idPrefix + "-weight-text");
        countText.setId(idPrefix + "-count-text");
        warning.setId(idPrefix + "-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("danger");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        addRow(grid, 0, text.get("gauge.volume"), volumeBar, volumeText);
        addRow(grid, 1, text.get("gauge.weight"), weightBar, weightText);
        addRow(grid, 2, text.get("gauge.count"), countBar, countText);
        root.getChildren().addAll(grid, warning);
        root.setPadding(new Insets(4, 0, 4, 0));
        capacity.addListener((obs, old, now) -> show(now));
        show(capacity.getValue());
    }

    private static ProgressBar bar() {
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefHeight(18);
        return bar;
    }

    private static void addRow(GridPane grid, int row, String name, ProgressBar bar, Label value) {
        Label label = new Label(name);
        label.setLabelFor(bar);
        grid.addRow(row, label, bar, value);
        GridPane.setHgrow(bar, Priority.ALWAYS);
        bar.setMinWidth(160);
    }

    private void show(Capacity c) {
        if (c == null || c.containerType() == null) {
            volumeBar.setProgress(0);
            weightBar.setProgress(0);
            countBar.setProgress(c == null ? 0 : c.countShare());
            volumeText.setText(c == null ? "" : text.get("gauge.noContainer"));
            weightText.setText("");
            countText.setText(c == null ? "" : text.get("gauge.countValue", c.loaded(), c.total()));
            warning.setText("");
            return;
        }
        volumeBar.setProgress(Math.min(1, c.volumeShareOfUsable()));
        weightBar.setProgress(Math.min(1, c.weightShare()));
        countBar.setProgress(c.countShare());
        volumeText.setText(text.get("gauge.volumeValue", c.volumeM3().doubleValue(), c.usableVolumeM3().doubleValue(),
                c.volumeShareOfUsable(), c.volumeShareOfInside()));
        weightText.setText(text.get("gauge.weightValue", c.grossKg().doubleValue(), c.payloadKg().doubleValue(),
                c.weightShare()));
        countText.setText(text.get("gauge.countValue", c.loaded(), c.total()));
        warning.setText(c.warning().map(text::render).orElse(""));
        String style = switch (c.level()) {
            case OK -> "";
            case NEAR_FULL -> "-fx-accent: #bf8700;";
            case OVER -> "-fx-accent: #cf222e;";
        };
        volumeBar.setStyle(style);
        weightBar.setStyle(style);
    }

    public Node root() {
        return root;
    }
}
