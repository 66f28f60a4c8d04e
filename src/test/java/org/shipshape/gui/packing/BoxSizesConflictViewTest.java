package org.shipshape.gui.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.common.FxDialogService;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.BoxSizes;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.BoxSize;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The box sizes editor (File > Reference data) driven through a conflict in a real window: Anna chose box size M,
 * Bea renamed it meanwhile; Anna's Save brings up who changed it and Reload; Reload shows Bea's name in the form and
 * Anna's second Save goes through.
 */
@ExtendWith(ApplicationExtension.class)
class BoxSizesConflictViewTest {
    private Workspace workspace;

    @Start
    void start(Stage stage) throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        Path folder = Files.createTempDirectory("box-sizes-conflict");
        workspace = Workspace.open(folder.resolve("t.db"), false, "Anna");
        GuiContext context = new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new FxDialogService(stage, null), () -> { });
        BoxSizesView view = new BoxSizesView(context);
        stage.setScene(new Scene((Parent) view.root(), 1024, 700));
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aSaveOverAnotherStationsRenameAsksToReloadAndReloadShowsTheirName(FxRobot robot) {
        robot.clickOn("Medium box");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#box-sizes-code").queryAs(TextField.class).getText()).isEqualTo("M");
        workspace.setUser("Bea"); // the next volunteer at this station renames it in another window
        BoxSizes sizes = new BoxSizes(workspace);
        BoxSize m = sizes.all().stream().filter(s -> s.code().equals("M")).findFirst().orElseThrow();
        sizes.save(new BoxSize("M", "Medium carton", m.dimensions(), false), false);
        workspace.setUser("Anna");

        robot.doubleClickOn("#box-sizes-name").eraseText(20).write("Medium box (60)");
        robot.clickOn("#box-sizes-save");

        DialogPane dialog = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Changed on another station");
        assertThat(dialog.getContentText()).startsWith("Box size M was changed on another station by Bea (")
                .endsWith("Reload it to see the changes, then edit again.");
        Button reload = (Button) dialog.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(dialog::lookupButton)
                .findFirst().orElseThrow();
        assertThat(reload.getText()).isEqualTo("Reload");
        robot.clickOn(reload);

        assertThat(robot.lookup("#box-sizes-name").queryAs(TextField.class).getText()).isEqualTo("Medium carton");
        assertThat(stored("M").name()).isEqualTo("Medium carton");
        assertThat(robot.lookup("#box-sizes-status").queryAs(Label.class).getText())
                .startsWith("Box size M was changed on another station by Bea (");

        robot.doubleClickOn("#box-sizes-name").eraseText(20).write("Medium box (60)");
        robot.clickOn("#box-sizes-save");

        assertThat(stored("M").name()).isEqualTo("Medium box (60)");
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isEmpty();
    }

    private BoxSize stored(String code) {
        return new BoxSizes(workspace).all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
