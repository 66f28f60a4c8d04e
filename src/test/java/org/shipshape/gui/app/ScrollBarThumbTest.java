package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.support.FxExceptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With the window's theme, a table of 100,000 rows keeps a scroll thumb a volunteer can see and drag. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class ScrollBarThumbTest {
    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as ShipshapeApp does
        TableView<Integer> table = new TableView<>(FXCollections.observableArrayList(
                IntStream.range(0, 100_000).boxed().toList()));
        table.setId("long-table");
        TableColumn<Integer, String> column = new TableColumn<>("Item");
        column.setCellValueFactory(row -> new SimpleStringProperty("item " + row.getValue()));
        table.getColumns().add(column);
        Scene scene = new Scene(table, 600, 400);
        scene.getStylesheets().add(Objects.requireNonNull(
                ShipshapeApp.class.getResource("/org/shipshape/gui/app/shipshape.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theThumbOfAHundredThousandRowsCanBeSeenAndGrabbed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollBar vertical = robot.lookup("#long-table .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()).findFirst()
                .orElseThrow();
        Region thumb = (Region) vertical.lookup(".thumb");

        assertThat(thumb.getHeight()).as("the thumb's length").isGreaterThanOrEqualTo(16);
        assertThat(vertical.getWidth()).as("the bar keeps the theme's thin look").isLessThanOrEqualTo(8.5);
    }
}
