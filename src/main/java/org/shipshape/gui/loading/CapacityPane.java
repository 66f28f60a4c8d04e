package org.shipshape.gui.loading;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.shipments.Capacity;

/**
 * Gauges for volume, weight and package count of a container. Each gauge turns amber from 90 % of what fits and red
 * past 100 %, and says its numbers as every other screen does.
 */
public final class CapacityPane {
    /** From this share of what fits a gauge is amber; past 1 it is red. */
    static final double NEAR_FULL = 0.9;
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
        warning.getStyleClass().add("message-problem");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bars = new ColumnConstraints(100, 220, Double.MAX_VALUE);
        bars.setHgrow(Priority.ALWAYS);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(names, bars, values);
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
        value.setWrapText(true);
        value.setMinWidth(120);
        grid.addRow(row, label, bar, value);
    }

    private void show(Capacity c) {
        if (c == null || c.containerType() == null) {
            gauge(volumeBar, 0);
            gauge(weightBar, 0);
            countBar.setProgress(c == null ? 0 : c.countShare());
            volumeText.setText(c == null ? "" : text.get("gauge.noContainer"));
            weightText.setText("");
            countText.setText(c == null ? "" : text.get("gauge.countValue", c.loaded(), c.total()));
            warning.setText("");
            return;
        }
        gauge(volumeBar, c.volumeShareOfUsable());
        gauge(weightBar, c.weightShare());
        countBar.setProgress(c.countShare());
        volumeText.setText(text.get("gauge.volumeValue", c.volumeM3(), c.usableVolumeM3(), c.volumeShareOfUsable(),
                c.volumeShareOfInside()));
        weightText.setText(text.get("gauge.weightValue", c.grossKg(), c.payloadKg(), c.weightShare()));
        countText.setText(text.get("gauge.countValue", c.loaded(), c.total()));
        warning.setText(c.warning().map(text::render).orElse(""));
    }

    /** Fills the gauge and colours it by how full it is: amber from 90 %, red past 100 %. */
    static void gauge(ProgressBar bar, double share) {
        bar.setProgress(Math.min(1, share));
        bar.getStyleClass().removeAll("gauge-near-full", "gauge-over");
        if (share > 1) {
            bar.getStyleClass().add("gauge-over");
        } else if (share >= NEAR_FULL) {
            bar.getStyleClass().add("gauge-near-full");
        }
    }

    public Node root() {
        return root;
    }
}
