package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The window's first section starts its reads as it is built, before the window is styled, laid out and shown, when
 * showing it only reads (home); a first section that gives a field the keyboard is shown once it is in the window.
 * Either way it is shown once, not again when the window appears.
 */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class FirstSectionReadsBesideWindowStartTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private FxTaskExecutor tasks;
    private GuiContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("first.db"), false, "Test volunteer");
        tasks = new FxTaskExecutor((sentence, error) -> {
            throw new AssertionError(sentence, error);
        });
        context = new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { });
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        workspace.close();
    }

    @Test
    void aSectionThatOnlyReadsIsShownAsItIsBuiltAndNotAgainWhenTheWindowAppears() throws Exception {
        AtomicInteger shown = new AtomicInteger();
        int shownWhenBuilt = showWindow(shown, List.of(
                new LazySection("home", "Home", () -> screen(shown, null, true)),
                new LazySection("loading", "Loading", () -> screen(new AtomicInteger(), null, false))));

        assertThat(shownWhenBuilt).isEqualTo(1);
        assertThat(shown).hasValue(1);
    }

    @Test
    void aSectionThatTakesTheKeyboardIsShownOnceItIsInTheWindow() throws Exception {
        AtomicInteger shown = new AtomicInteger();
        TextField field = new TextField();
        field.setId("first-field");
        int shownWhenBuilt = showWindow(shown,
                List.of(new LazySection("intake", "Intake", () -> screen(shown, field, false))));

        assertThat(shownWhenBuilt).isZero();
        assertThat(shown).hasValue(1);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(field);
    }

    /**
     * Builds the main window on the sections and shows it, as the application does; the answer is how often the first
     * section had been shown when it was built, before it was in a window.
     */
    private int showWindow(AtomicInteger shown, List<Section> sections) throws Exception {
        int shownWhenBuilt = WaitForAsyncUtils.asyncFx(() -> {
            MainView view = new MainView(new MainViewModel(context), sections, () -> { }, () -> { });
            int before = shown.get();
            stage.setScene(new Scene(view.root(), 800, 600));
            stage.show();
            return before;
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return shownWhenBuilt;
    }

    /** A screen counting how often it is shown; with a field, it gives that field the keyboard when shown. */
    private static SectionView screen(AtomicInteger shown, TextField field, boolean readsOnly) {
        Runnable whenShown = () -> {
            shown.incrementAndGet();
            if (field != null) {
                field.requestFocus();
            }
        };
        return field != null ? new StandInScreen(whenShown, readsOnly, field) : new StandInScreen(whenShown, readsOnly);
    }
}
