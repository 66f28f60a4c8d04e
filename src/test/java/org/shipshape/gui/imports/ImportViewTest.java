package org.shipshape.gui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class ImportViewTest {
    @TempDir
    Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("import.db"), false, "Test volunteer");
        ImportView view = new ImportView(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1024, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void beforeAFileIsChosenNoWordNullShows(FxRobot robot) {
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .noneMatch(text -> text != null && text.contains("null"));
    }

    @Test
    void beforeAFileIsCheckedTheProblemListDoesNotClaimThereAreNone(FxRobot robot) {
        javafx.scene.control.ListView<?> problems = robot.lookup("#import-problems").queryAs(
                javafx.scene.control.ListView.class);
        assertThat(((Labeled) problems.getPlaceholder()).getText())
                .isEqualTo(org.shipshape.gui.common.Messages.of(ImportView.class).get("problems.notChecked"));
    }
}
