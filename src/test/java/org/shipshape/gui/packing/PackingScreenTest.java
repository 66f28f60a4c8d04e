package org.shipshape.gui.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.Clipping;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.support.ScannerKeys;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.PackingFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The packing station at a laptop's size: the packer sees what is in the box and reaches every button. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class PackingScreenTest {
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private Scene scene;

    @Start
    void start(Stage stage) {
        fixture = PackingFixture.create(folder);
        fixture.packageWith("MLD-0042", fixture.moldova, new BigDecimal("12.5"), "Books", 40, "Shoes", 6);
        PackingView view = new PackingView(new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        scene = new Scene((javafx.scene.Parent) view.root(), 1024, 700);
        stage.setScene(scene);
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theContentLinesShowWhatIsInTheBox(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        new ScannerKeys(robot, scene).type("MLD-0042").key(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cells = robot.lookup("#packing-lines .table-cell").queryAllAs(TableCell.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isBlank()).toList();
        assertThat(cells).contains("Books", "Shoes", "40", "6", "pcs");
    }

    @Test
    void atASmallLaptopSizeNothingIsCutOrOutOfReach(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        new ScannerKeys(robot, scene).type("MLD-0042").key(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            assertThat(Clipping.truncatedTexts(scene.getRoot())).isEmpty();
            assertThat(Clipping.outsideTheWindow(scene)).isEmpty();
        });
    }
}
