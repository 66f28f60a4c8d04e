package org.shipshape.gui.loading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.shipments.CategoryTotal;

/**
 * A shipment by category, one measure at a time (weight in kg, or customs value), as horizontal bars so category
 * names stay readable: the largest categories and the rest together as "Other".
 */
public final class CategoryChart {
    /** Categories shown by name; the others are added up as "Other". */
    static final int SHOWN = 7;
    private final Messages text = Messages.of(LoadingView.class);
    private final NumberAxis amounts = new NumberAxis();
    private final CategoryAxis names = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(amounts, names);
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();
    private final ToggleGroup measure = new ToggleGroup();
    private final ToggleButton weight = new ToggleButton();
    private final ToggleButton value = new ToggleButton();
    private final VBox root;
    private final ObservableList<CategoryTotal> totals;

    public CategoryChart(String id, ObservableList<CategoryTotal> totals) {
        this.totals = totals;
        weight.setText(text.get("chart.weight"));
        value.setText(text.get("chart.value"));
        weight.setId(id + "-weight");
        value.setId(id + "-value");
        weight.setToggleGroup(measure);
        value.setToggleGroup(measure);
        weight.setSelected(true);
        weight.setFocusTraversable(false);
        value.setFocusTraversable(false);
        measure.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                fill();
            }
        });
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getData().add(series);
        // room for every name beside its bar: the axis hides names that would touch
        chart.setMinHeight(290);
        chart.setPrefHeight(300);
        chart.setCategoryGap(6);
        chart.setBarGap(0);
        chart.setVerticalGridLinesVisible(false);
        names.setTickLabelGap(4);
        amounts.setAutoRanging(false);
        amounts.setMinorTickVisible(false);
        amounts.setLowerBound(0);
        Label title = new Label(text.get("chart.title"));
        title.getStyleClass().add("title-4");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(10, title, new HBox(weight, value));
        heading.setAlignment(Pos.CENTER_LEFT);
        Label empty = new Label(text.get("chart.empty"));
        empty.setId(id + "-empty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(totals));
        chart.visibleProperty().bind(empty.visibleProperty().not());
        javafx.scene.layout.StackPane area = new javafx.scene.layout.StackPane(chart, empty);
        root = new VBox(4, heading, area);
        root.setId(id + "-pane");
        totals.addListener((ListChangeListener<CategoryTotal>) change -> fill());
        fill();
    }

    private void fill() {
        boolean byWeight = measure.getSelectedToggle() != value;
        Function<CategoryTotal, BigDecimal> amount = byWeight ? CategoryTotal::weightKg : CategoryTotal::value;
        amounts.setLabel(byWeight ? text.get("chart.weight") : text.get("chart.value"));
        List<CategoryTotal> largest = totals.stream().sorted(Comparator.comparing(amount).reversed()).toList();
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        largest.stream().limit(SHOWN).forEach(t -> bars.add(new XYChart.Data<>(amount.apply(t), t.category())));
        if (largest.size() > SHOWN) {
            BigDecimal rest = largest.stream().skip(SHOWN).map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            bars.add(new XYChart.Data<>(rest, text.get("chart.other", largest.size() - SHOWN)));
        }
        // the largest at the top: a category axis draws its first category at the bottom
        java.util.Collections.reverse(bars);
        names.getCategories().setAll(bars.stream().map(XYChart.Data::getYValue).toList());
        series.getData().setAll(bars);
        // four steps of a round size, so the numbers under the bars never run into each other
        double largestBar = bars.stream().mapToDouble(b -> b.getXValue().doubleValue()).max().orElse(0);
        double step = roundStep(largestBar / 4);
        amounts.setTickUnit(step);
        amounts.setUpperBound(step * Math.max(1, Math.ceil(largestBar / step)));
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the given size. */
    static double roundStep(double atLeast) {
        if (atLeast <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(atLeast)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= atLeast) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** The chart with its measure switch. */
    public Region node() {
        return root;
    }
}
