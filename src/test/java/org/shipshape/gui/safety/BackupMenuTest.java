package org.shipshape.gui.safety;

import org.shipshape.gui.support.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.safety.SafetyFixtures;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.BackupKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's "Restore from backup...": the list, the check result and the confirmed choice. */
@ExtendWith(ApplicationExtension.class)
class BackupMenuTest {
    @TempDir
    static Path folder;

    private Workspace workspace;
    private List<MenuItem> items;
    private final RecordingDialogs dialogs = new RecordingDialogs().answerConfirm(true);
    private final List<Path> restored = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(folder.resolve("menu.db"), false, "Test volunteer");
        SafetyFixtures.fill(workspace, 2);
        new BackupService(workspace).backup(BackupKind.MANUAL);
        items = new BackupMenu(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { }),
                restored::add).items();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theCheckedBackupIsListedAndRestoringItIsConfirmedFirst(FxRobot robot) {
        assertThat(items).extracting(MenuItem::getId).containsExactly("menu-back-up-now", "menu-restore");
        Platform.runLater(() -> items.get(1).fire());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#restore-backups").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        BackupViewModel.Row row = (BackupViewModel.Row) table.getItems().get(0);
        assertThat(row.checkProperty().get()).isEqualTo("sound");
        assertThat(robot.lookup("#restore-selected-button").queryButton().isDisabled()).isFalse();

        robot.clickOn("#restore-selected-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo("Restore the backup");
            assertThat(d.keep()).isEqualTo("Keep current data");
        });
        assertThat(restored).containsExactly(row.entry().file());
    }
}
