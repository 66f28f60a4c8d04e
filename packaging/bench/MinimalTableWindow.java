import java.util.List;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.shipshape.gui.common.FxThreadWatch;

/**
 * The cold-start benchmark's yardstick for the window rows (packaging/bench-cold.sh): the least a JavaFX data-entry
 * window is, a tool bar with a search field over a 12-column table of 1,000 rows in a tab, started as its own
 * process on the same machine, display and JavaFX as Shipshape. It prints when it was shown (milliseconds since
 * the epoch) and, 6 s later, the longest wait of its FX thread in those seconds, measured by the same watch as
 * Shipshape's window ({@code -Dshipshape.watchFxThreadSeconds}), then exits.
 */
public final class MinimalTableWindow {
    private static final int COLUMNS = 12;
    private static final int ROWS = 1_000;
    private static final long WATCHED_SECONDS = 6;

    private MinimalTableWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (a separate class: a main class that is an Application needs JavaFX as modules). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TableView<Integer> table = new TableView<>();
            for (int column = 0; column < COLUMNS; column++) {
                int shownColumn = column + 1;
                TableColumn<Integer, String> tableColumn = new TableColumn<>("Column " + shownColumn);
                tableColumn.setCellValueFactory(
                        row -> new ReadOnlyStringWrapper("Row " + row.getValue() + ", value " + shownColumn));
                table.getColumns().add(tableColumn);
            }
            List<Integer> rows = IntStream.rangeClosed(1, ROWS).boxed().toList();
            table.getItems().setAll(rows);
            ToolBar tools = new ToolBar(new TextField(), new Button("Search"), new Button("New"));
            stage.setScene(new Scene(new VBox(tools, new TabPane(new Tab("Items", table))), 1200, 700));
            stage.setTitle("Minimal table window");
            stage.show();
            System.out.println("shown " + System.currentTimeMillis());
            FxThreadWatch watch = FxThreadWatch.start();
            Thread reporter = new Thread(() -> {
                try {
                    Thread.sleep(WATCHED_SECONDS * 1_000);
                    watch.close();
                    System.out.println("longest " + watch.longest().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    System.out.println("longest -");
                }
                Platform.exit();
            }, "minimal-window-report");
            reporter.setDaemon(true);
            reporter.start();
        }
    }
}
