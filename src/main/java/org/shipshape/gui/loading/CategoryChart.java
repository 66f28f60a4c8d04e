package org.shipshape.gui.loading;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.shipments.CategoryTotal;

/** Bar chart of a shipment by category: weight (kg) and customs value side by side. */
public final class CategoryChart {
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final XYChart.Series<String, Number> weight = new XYChart.Series<>();
    private final XYChart.Series<String, Number> value = new XYChart.Series<>();

    public CategoryChart(String id, ObservableList<CategoryTotal> totals) {
        Messages text = Messages.of(LoadingView.class);
        weight.setName(text.get("chart.weight"));
        value.setName(text.get("chart.value"));
        chart.setId(id);
        chart.setTitle(text.get("chart.title"));
        chart.setAnimated(false);
        chart.getData().add(weight);
        chart.getData().add(value);
        chart.setMinHeight(220);
        totals.addListener((ListChangeListener<CategoryTotal>) change -> fill(totals));
        fill(totals);
    }

    private void fill(ObservableList<CategoryTotal> totals) {
        weight.getData().setAll(totals.stream().map(t -> new XYChart.Data<String, Number>(t.category(),
                t.weightKg())).toList());
        value.getData().setAll(totals.stream().map(t -> new XYChart.Data<String, Number>(t.category(),
                t.value())).toList());
    }

    public BarChart<String, Number> node() {
        return chart;
    }
}
