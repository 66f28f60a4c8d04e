package org.shipshape.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.inventory.InventoryService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.inventory.InventoryRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IntakeViewTest {
    /** One database per test in the class's folder. */
    private static final java.util.concurrent.atomic.AtomicInteger DATABASES = new java.util.concurrent.atomic.AtomicInteger();
    @TempDir
    static Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("intake-" + DATABASES.incrementAndGet() + ".db"), false, "Test volunteer");
        IntakeView view = new IntakeView(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 900, 700));
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void threeItemsEnteredWithTheKeyboardOnlyAreStored(FxRobot robot) {
        assertThat(robot.lookup("#intake-donor").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("St Mary's Church").type(KeyCode.ESCAPE).type(KeyCode.TAB).type(KeyCode.TAB);
        enterItem(robot, "Towels", "bath towels", "12");
        enterItem(robot, "Shoes", "children's shoes", "5");
        enterItem(robot, "Books", "french novels", "30");

        List<InventoryRow> rows = new InventoryService(workspace).search(
                org.shipshape.model.inventory.ItemFilter.ALL);
        assertThat(rows).extracting(InventoryRow::description)
                .containsExactlyInAnyOrder("bath towels", "children's shoes", "french novels");
        assertThat(rows).extracting(InventoryRow::donorName).containsOnly("St Mary's Church");
        assertThat(rows).filteredOn(r -> r.description().equals("bath towels")).singleElement()
                .satisfies(r -> {
                    assertThat(r.quantity()).isEqualByComparingTo("12");
                    assertThat(r.unit()).isEqualTo("pcs");
                    assertThat(r.unitKg()).isEqualByComparingTo("0.4");
                });
    }

    /** Focus is on the category field after a save; types one item and saves it with Enter. */
    private static void enterItem(FxRobot robot, String category, String description, String quantity) {
        assertThat(robot.lookup("#intake-category").queryAs(TextField.class).isFocused()).isTrue();
        robot.write(category).type(KeyCode.ESCAPE).type(KeyCode.TAB);
        robot.write(description).type(KeyCode.ESCAPE).type(KeyCode.TAB);
        robot.eraseText(1).write(quantity);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
