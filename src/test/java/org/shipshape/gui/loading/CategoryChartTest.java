package org.shipshape.gui.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.logic.shipments.CategoryTotal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 31 categories become the largest ones and "other", one measure per chart. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class CategoryChartTest {
    private final ObservableList<CategoryTotal> totals = FXCollections.observableArrayList(IntStream.rangeClosed(1, 31)
            .mapToObj(i -> new CategoryTotal("Category " + i, BigDecimal.valueOf(i * 10L), BigDecimal.valueOf(
                    (32 - i) * 100L))).toList());
    private Node chart;

    @Start
    void start(Stage stage) {
        chart = new CategoryChart("c", totals).node();
        stage.setScene(new Scene(new StackPane((Parent) chart), 900, 500));
        stage.show();
    }

    @Test
    void eachChartShowsOneMeasureForTheLargestCategoriesAndOther(FxRobot robot) {
        List<XYChart<?, ?>> charts = new java.util.ArrayList<>();
        robot.lookup(".chart").queryAllAs(XYChart.class).forEach(charts::add);
        assertThat(charts).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getData()).hasSize(1);
            assertThat(c.getData().get(0).getData()).hasSizeLessThanOrEqualTo(9);
            assertThat(c.getData().get(0).getData()).anyMatch(d -> String.valueOf(d.getXValue()).contains("Other")
                    || String.valueOf(d.getYValue()).contains("Other"));
        });
    }

    @Test
    void axisStepsAreRoundNumbers() {
        assertThat(CategoryChart.roundStep(0)).isEqualTo(1);
        assertThat(CategoryChart.roundStep(0.7)).isEqualTo(1);
        assertThat(CategoryChart.roundStep(1.3)).isEqualTo(2);
        assertThat(CategoryChart.roundStep(2.2)).isEqualTo(2.5);
        assertThat(CategoryChart.roundStep(2_600)).isEqualTo(5_000);
        assertThat(CategoryChart.roundStep(7_750)).isEqualTo(10_000);
    }

    @Test
    void withNothingPackedItSaysSoInsteadOfAnEmptyAxis(FxRobot robot) {
        assertThat(robot.lookup("#c-empty").queryAs(javafx.scene.control.Label.class).isVisible()).isFalse();
        robot.interact(totals::clear);
        assertThat(robot.lookup("#c-empty").queryAs(javafx.scene.control.Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#c").queryAs(XYChart.class).isVisible()).isFalse();
    }
}
