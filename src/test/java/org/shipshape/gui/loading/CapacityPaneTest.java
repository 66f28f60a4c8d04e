package org.shipshape.gui.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.ContainerType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Gauges turn amber from 90 % and red past 100 %, and show numbers as everywhere else. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class CapacityPaneTest {
    /** 5.9 x 2.35 x 2.39 m inside (33.1 m3, 28.2 m3 usable), 28,200 kg payload. */
    private static final ContainerType TWENTY = new ContainerType("20GP", "20 ft standard", 5_898, 2_352, 2_393,
            2_340, 2_280, new BigDecimal("28200"));
    private final SimpleObjectProperty<Capacity> capacity = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new CapacityPane("t", capacity).root()), 800, 300));
        stage.show();
    }

    private void show(FxRobot robot, String volumeM3, String grossKg) {
        robot.interact(() -> capacity.set(new Capacity(TWENTY, new BigDecimal(volumeM3), new BigDecimal(grossKg), 10,
                20, Capacity.DEFAULT_USABLE_SHARE, Capacity.DEFAULT_WARNING_SHARE)));
    }

    @Test
    void gaugesAreAmberFromNinetyPercentAndRedPastAHundred(FxRobot robot) {
        ProgressBar volume = robot.lookup("#t-volume-bar").queryAs(ProgressBar.class);
        ProgressBar weight = robot.lookup("#t-weight-bar").queryAs(ProgressBar.class);
        show(robot, "10", "1000");
        assertThat(volume.getStyleClass()).doesNotContain("gauge-near-full", "gauge-over");

        show(robot, "26", "26000");
        assertThat(volume.getStyleClass()).contains("gauge-near-full").doesNotContain("gauge-over");
        assertThat(weight.getStyleClass()).contains("gauge-near-full").doesNotContain("gauge-over");

        show(robot, "48", "81500");
        assertThat(volume.getStyleClass()).contains("gauge-over").doesNotContain("gauge-near-full");
        assertThat(weight.getStyleClass()).contains("gauge-over").doesNotContain("gauge-near-full");

        show(robot, "10", "1000");
        assertThat(volume.getStyleClass()).doesNotContain("gauge-near-full", "gauge-over");
    }

    @Test
    void theRefusalAndTheGaugeWriteAWeightTheSameWay(FxRobot robot) {
        show(robot, "10", "76565.574");
        String gauge = robot.lookup("#t-weight-text").queryAs(Label.class).getText();
        String refusal = Messages.of(LoadingView.class).render(Message.of("loading.refused.payloadExceeded",
                "MLI-0042", new BigDecimal("12.5"), "20GP", new BigDecimal("76565.574"), new BigDecimal("28200")));

        // to the gram, as weighed, and grouped the same way in both
        assertThat(gauge).contains("76,565.574 of");
        assertThat(refusal).contains("76,565.574 kg").doesNotContain("76565");
    }
}
