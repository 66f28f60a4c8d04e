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

    @Test
    void javaFxDoesNotMakeARowForEachOfTheFirstThirtyToFitAColumnItself(FxRobot robot) {
        // JavaFX fits a column still at its default width by making a row for each of the first 30 rows, for every
        // column, as the header enters the window: on a screen built ahead in a cold start that was a 1.5 s pulse
        List<String[]> rows = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> new String[] {"2026-02-" + (10 + i % 18), "Donor " + i}).toList();
        int[] highestRowMade = {-1};
        TableView<String[]> table = new TableView<>();
        List<TableColumn<String[], String>> columns = List.of(
                Columns.<String[]>text("Date", "column-date", row -> row[0]),
                Columns.<String[]>text("Donor", "column-donor", row -> row[1]));
        for (TableColumn<String[], String> column : columns) {
            column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    if (!empty) {
                        highestRowMade[0] = Math.max(highestRowMade[0], getIndex());
                    }
                }
            });
            table.getColumns().add(column);
        }
        table.getItems().setAll(rows);
        Columns.fitToContent(table, KEY);
        // a table showing about 6 rows
        robot.interact(() -> holder.getChildren().setAll(new StackPane(table) {
            {
                setMaxHeight(180);
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(highestRowMade[0]).as("rows made for the visible lines only").isBetween(3, 12);
        robot.interact(() -> assertThat(Clipping.truncatedTexts(table)).isEmpty());
    }

    @Test
    void rowsListedWhileFittingIsPausedAreNotMeasuredAndResumingFitsTheColumns(FxRobot robot) {
        TableView<String[]> table = new TableView<>();
        table.getColumns().add(Columns.text("Date", "column-date", row -> row[0]));
        table.getColumns().add(Columns.text("Donor", "column-donor", row -> row[1]));
        Columns.fitToContent(table, KEY);
        double titleWidth = table.getColumns().get(1).getPrefWidth();
        robot.interact(() -> {
            holder.getChildren().setAll(table);
            Columns.pauseFitting(table, true);
            table.getItems().setAll(List.<String[]>of(new String[] {"2026-02-27",
                    "A stand-in text far wider than the column's title"}));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumns().get(1).getPrefWidth()).isEqualTo(titleWidth);

        robot.interact(() -> Columns.pauseFitting(table, false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumns().get(1).getPrefWidth()).isGreaterThan(titleWidth + 100);
        robot.interact(() -> assertThat(Clipping.truncatedTexts(table)).isEmpty());
    }
}
