package org.shipshape.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.support.Clipping;
import org.shipshape.gui.support.FxExceptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Columns as wide as their content, that the user can drag, and that keep the width the user gave them. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class ColumnsTest {
    private static final String KEY = "columns-test";
    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        stage.setScene(new Scene(holder, 900, 400));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        Preferences.userRoot().node("org/shipshape/columns/" + KEY).removeNode();
    }

    private TableView<String[]> table(FxRobot robot) {
        return table(robot, List.of(new String[] {"2026-02-27", "Église évangélique de Vénissieux"},
                new String[] {"2026-02-26", "Paul Fontaine"}));
    }

    private TableView<String[]> table(FxRobot robot, List<String[]> rows) {
        TableView<String[]> table = new TableView<>();
        table.setId("columns-table");
        table.getColumns().add(Columns.text("Date", "column-date", row -> row[0]));
        table.getColumns().add(Columns.text("Donor", "column-donor", row -> row[1]));
        table.getItems().setAll(rows);
        Columns.fitToContent(table, KEY);
        robot.interact(() -> holder.getChildren().setAll(table));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @Test
    void columnsAreAsWideAsTheirLongestText(FxRobot robot) {
        TableView<String[]> table = table(robot);
        robot.interact(() -> assertThat(Clipping.truncatedTexts(table)).isEmpty());
        assertThat(table.getColumns().get(1).getWidth()).isGreaterThan(table.getColumns().get(0).getWidth());
    }

    @Test
    void aShorterTextInWideLettersIsNotCutForALongerOneInNarrowLetters(FxRobot robot) {
        TableView<String[]> table = table(robot, List.of(new String[] {"2026-02-27", "WWWWWWWWWWWWWWWW"},
                new String[] {"2026-02-26", "iiiiiiiiiiiiiiiiiiiiiiiii"}, new String[] {"2026-02-25", "Paul Fontaine"}));
        robot.interact(() -> assertThat(Clipping.truncatedTexts(table)).isEmpty());
    }

    @Test
    void aWidthTheUserDraggedIsKeptForTheNextTime(FxRobot robot) {
        TableView<String[]> table = table(robot);
        TableColumn<String[], ?> date = table.getColumns().get(0);
        double before = date.getWidth();
        Node header = table.lookupAll(".column-header").stream().filter(n -> "column-date".equals(n.getId()))
                .findFirst().orElseThrow();
        Bounds edge = header.localToScreen(header.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(edge.getMaxX() - 1, edge.getCenterY()))
                .press(javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(80, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = date.getWidth();
        assertThat(dragged).isGreaterThan(before + 40);

        TableView<String[]> again = table(robot);

        assertThat(again.getColumns().get(0).getWidth()).isCloseTo(dragged, org.assertj.core.data.Offset.offset(2.0));
    }
}
