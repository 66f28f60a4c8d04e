package org.shipshape.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.support.ScannerKeys;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.inventory.InventoryService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.ItemFilter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The intake form typed into as a volunteer with a scanner or ten fast fingers does: every key under 10 ms. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class IntakeTypingTest {
    private static final java.util.concurrent.atomic.AtomicInteger DATABASES =
            new java.util.concurrent.atomic.AtomicInteger();
    @TempDir
    static Path dir;
    private Workspace workspace;
    private Scene scene;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("typing-" + DATABASES.incrementAndGet() + ".db"), false,
                "Test volunteer");
        IntakeView view = new IntakeView(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        scene = new Scene((javafx.scene.Parent) view.root(), 1024, 700);
        stage.setScene(scene);
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anItemTypedAtScannerSpeedIsStoredExactlyAsTyped(FxRobot robot) {
        focus(robot, "#intake-donor");
        ScannerKeys keys = new ScannerKeys(robot, scene);
        keys.type("Paul Fontaine").key(KeyCode.TAB).key(KeyCode.TAB).type("Books");
        settle(robot); // suggestions such as "Children's picture books" are up now, as for a person typing
        keys.key(KeyCode.TAB).type("novels in French, paperback").key(KeyCode.TAB).type("30").key(KeyCode.ENTER);
        settle(robot);

        List<InventoryRow> rows = new InventoryService(workspace).search(ItemFilter.ALL);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.donorName()).isEqualTo("Paul Fontaine");
            assertThat(row.categoryName()).isEqualTo("Books");
            assertThat(row.description()).isEqualTo("novels in French, paperback");
            assertThat(row.quantity()).isEqualByComparingTo("30");
            assertThat(row.unit()).isEqualTo("pcs");
            assertThat(row.unitKg()).isEqualByComparingTo(category("Books").defaultUnitKg());
            assertThat(row.condition()).isEqualTo(Condition.USED_GOOD);
            assertThat(row.receivedOn()).isEqualTo(LocalDate.now());
            assertThat(row.status()).isEqualTo(ItemStatus.IN_STOCK);
        });
    }

    @Test
    void tabKeepsExactlyWhatWasTypedEvenWhenSuggestionsShow(FxRobot robot) {
        focus(robot, "#intake-category");
        ScannerKeys keys = new ScannerKeys(robot, scene).type("Books");
        settle(robot);
        keys.key(KeyCode.TAB);
        settle(robot);

        assertThat(field(robot, "#intake-category").getText()).isEqualTo("Books");
        assertThat(field(robot, "#intake-description").isFocused()).isTrue();
        assertThat(field(robot, "#intake-description").getText()).isEmpty();
    }

    @Test
    void aSuggestionIsTakenWithDownAndEnterWithoutSaving(FxRobot robot) {
        focus(robot, "#intake-category");
        ScannerKeys keys = new ScannerKeys(robot, scene).type("picture");
        settle(robot);
        keys.key(KeyCode.DOWN).key(KeyCode.ENTER);
        settle(robot);

        assertThat(field(robot, "#intake-category").getText()).isEqualTo("Children's picture books");
        assertThat(new InventoryService(workspace).search(ItemFilter.ALL)).isEmpty();
    }

    @Test
    void anUntouchedFormShowsNoErrors(FxRobot robot) {
        assertThat(robot.lookup(".danger").queryAllAs(Label.class)).allSatisfy(error ->
                assertThat(error.getText()).as(error.getId()).isEmpty());
    }

    @Test
    void theHsCodeIsLabelledAndTheFormDoesNotMoveWhenItAppears(FxRobot robot) {
        Bounds before = boundsOf(robot, "#intake-description");
        focus(robot, "#intake-category");
        new ScannerKeys(robot, scene).type("Books").key(KeyCode.TAB);
        settle(robot);

        assertThat(robot.lookup("#intake-hs-code").queryAs(Label.class).getText()).contains("4901.99");
        Label caption = robot.lookup("#intake-hs-code-label").queryAs(Label.class);
        assertThat(caption.getText()).isNotBlank();
        assertThat(caption.getLabelFor()).isSameAs(robot.lookup("#intake-hs-code").query());
        assertThat(boundsOf(robot, "#intake-description")).isEqualTo(before);
    }

    @Test
    void anotherCategoryBringsItsOwnUnitWeight(FxRobot robot) {
        focus(robot, "#intake-category");
        ScannerKeys keys = new ScannerKeys(robot, scene).type("Books");
        settle(robot);
        assertThat(field(robot, "#intake-unit-kg").getText()).isEqualTo("0.4");

        robot.interact(() -> field(robot, "#intake-category").selectAll());
        keys.type("Children's picture books").key(KeyCode.TAB);
        settle(robot);

        assertThat(field(robot, "#intake-unit-kg").getText()).isEqualTo("0.3");
    }

    @Test
    void aDateTypedAfterTabReplacesTheDateShown(FxRobot robot) {
        focus(robot, "#intake-donor");
        ScannerKeys keys = new ScannerKeys(robot, scene).type("Paul Fontaine").key(KeyCode.TAB);
        settle(robot);
        DatePicker date = robot.lookup("#intake-received-on").queryAs(DatePicker.class);
        assertThat(date.getEditor().isFocused()).isTrue();

        keys.type("2026-03-25").key(KeyCode.TAB);
        settle(robot);

        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(robot.lookup("#intake-received-on-error").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aWordInTheDateFieldIsAFieldErrorNotACrash(FxRobot robot) {
        DatePicker date = robot.lookup("#intake-received-on").queryAs(DatePicker.class);
        robot.interact(() -> {
            date.getEditor().requestFocus();
            date.getEditor().selectAll();
        });
        new ScannerKeys(robot, scene).type("Books").key(KeyCode.TAB);
        settle(robot);

        assertThat(robot.lookup("#intake-received-on-error").queryAs(Label.class).getText()).contains("Books");
        assertThat(robot.lookup("#intake-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theSuggestionListIsStyledByTheThemeWithoutErrors(FxRobot robot) {
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger css = Logger.getLogger("javafx.css");
        css.addHandler(handler);
        try {
            focus(robot, "#intake-category");
            new ScannerKeys(robot, scene).type("boo");
            settle(robot);
            assertThat(Window.getWindows()).anyMatch(w -> w instanceof PopupWindow && w.isShowing());
        } finally {
            css.removeHandler(handler);
        }
        assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
    }

    /** Gives anything the window does later (a delayed suggestion, a pulse) the time to happen. */
    private static void settle(FxRobot robot) {
        robot.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focus(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static Bounds boundsOf(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.localToScene(node.getLayoutBounds());
    }

    private Category category(String name) {
        return new CategoryService(workspace).all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
