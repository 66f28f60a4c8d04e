package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.support.FxExceptions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A large warehouse takes seconds to open: a splash with progress shows first, and goes when the window is up. */
@ExtendWith(FxExceptions.class)
class SplashTest {
    @TempDir
    Path folder;

    @Test
    void aSplashWithProgressShowsBeforeTheWindowAndClosesWhenItIsUp() throws Exception {
        Path database = AppWindow.sampleDatabase(folder);
        List<Window> splashes = new CopyOnWriteArrayList<>();
        ListChangeListener<Window> watcher = change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(w -> w.getScene() != null
                        && "splash".equals(w.getScene().getRoot().getId())
                        && w.getScene().lookup("#splash-progress") != null).forEach(splashes::add);
            }
        };
        FxToolkit.registerPrimaryStage(); // the toolkit runs, so the watcher is there before the app starts
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().addListener(watcher)).get();
        try (AppWindow window = AppWindow.on(database).start(new FxRobot())) {
            assertThat(splashes).hasSize(1);
            assertThat(splashes.get(0).isShowing()).isFalse();
            assertThat(window.sections()).isNotNull();
        } finally {
            WaitForAsyncUtils.asyncFx(() -> Window.getWindows().removeListener(watcher)).get();
        }
    }
}
