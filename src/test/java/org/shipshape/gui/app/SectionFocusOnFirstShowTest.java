package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.FxTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A section not built ahead yet takes the keyboard within the key press that chose it: a scanner's keys that were
 * already queued behind that key press reach its field, not the section shown before.
 */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class SectionFocusOnFirstShowTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private FxTaskExecutor tasks;
    private MainView view;
    private Scene scene;
    private TextField homeField;
    private TextField scanField;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(folder.resolve("focus.db"), false, "Test volunteer");
        tasks = new FxTaskExecutor((sentence, error) -> {
            throw new AssertionError(sentence, error);
        });
        GuiContext context = new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { });
        homeField = new TextField();
        scanField = new TextField();
        homeField.setId("home-field");
        scanField.setId("scan-field");
        List<Section> sections = List.of(
                new LazySection("home", "Home", () -> focusing(homeField)),
                new LazySection("loading", "Loading", () -> focusing(scanField)));
        view = new MainView(new MainViewModel(context), sections, () -> { }, () -> { });
        scene = new Scene(view.root(), 800, 600);
        stage.setScene(scene);
        stage.show();
        homeField.requestFocus();
    }

    /** A screen that gives its field the keyboard when shown, as the packing and loading screens do. */
    private static SectionView focusing(TextField field) {
        return new StandInScreen(field::requestFocus, false, field);
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        workspace.close();
    }

    @Test
    void keysQueuedBehindTheChoiceOfANewSectionReachItsField() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).isSameAs(homeField);
        // the choice and the scanner's keys are queued together, as keys typed while the window is busy are
        Platform.runLater(() -> ((TabPane) view.root().lookup("#sections")).getSelectionModel().select(1));
        for (char c : "MLI-0068".toCharArray()) {
            Platform.runLater(() -> typeToFocusOwner(String.valueOf(c)));
        }
        CompletableFuture<String> typed = new CompletableFuture<>();
        Platform.runLater(() -> Platform.runLater(() -> typed.complete(scanField.getText())));

        assertThat(typed.get(30, TimeUnit.SECONDS)).isEqualTo("MLI-0068");
        assertThat(homeField.getText()).isEmpty();
    }

    /** As the operating system's keys arrive: to whatever has the focus at that moment. */
    private void typeToFocusOwner(String character) {
        Node owner = scene.getFocusOwner();
        EventTarget target = owner != null ? owner : scene;
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false,
                false, false).copyFor(target, target));
    }
}
