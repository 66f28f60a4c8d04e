package org.shipshape.bench;

import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.sample.SampleWarehouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.StartupOptions;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The bench's window start: the real main window opens headless and is closed again afterwards. */
class HeadlessWindowTest {
    @TempDir
    Path folder;

    @Test
    void theWindowOpensOnALaptopScreenUnlessAnotherWasChosen() {
        assertThat(HeadlessWindow.screen(null)).isEqualTo("1366x768-32");
        assertThat(HeadlessWindow.screen("1920x1200-32")).isEqualTo("1920x1200-32");
    }

    @Test
    void withoutMonocleTheBenchSaysWhereToFindItInsteadOfWaitingForJavaFx() throws Exception {
        try (URLClassLoader withoutMonocle = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> HeadlessWindow.requireMonocle(withoutMonocle))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("openjfx-monocle").hasMessageContaining("target/bench");
        }
        HeadlessWindow.requireMonocle(HeadlessWindow.class.getClassLoader()); // the tests' class path has it
    }

    @Test
    void opensTheMainWindowAndClosesItAgain() throws Exception {
        // TestFX owns the toolkit in tests (other screen tests share this JVM); startToolkit must accept that
        FxToolkit.registerPrimaryStage();
        HeadlessWindow.startToolkit();
        Path database = folder.resolve("t.db");

        Duration first = HeadlessWindow.openMainWindow(new StartupOptions(database, false, "Bench volunteer"));
        Duration second = HeadlessWindow.openMainWindow(new StartupOptions(database, false, "Bench volunteer"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(first).isPositive();
        assertThat(second).isPositive();
        assertThat(database).exists();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().noneMatch(Window::isShowing)).get())
                .as("no window left open").isTrue();
    }

    @Test
    void measuresTheInventoryFillUntilEveryItemIsShown() throws Exception {
        FxToolkit.registerPrimaryStage();
        HeadlessWindow.startToolkit();
        Path database = folder.resolve("sample.db");
        try (Workspace workspace = Workspace.open(database, false, "setup")) {
            SampleWarehouse.load(workspace, Progress.NONE);
        }

        HeadlessWindow.InventoryFill fill = HeadlessWindow.openInventory(
                new StartupOptions(database, false, "Bench volunteer"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fill.rows()).as("the sample warehouse's items").isEqualTo(300);
        assertThat(fill.fill()).isPositive();
        assertThat(fill.complete()).isGreaterThanOrEqualTo(fill.fill());
        assertThat(fill.longestFxThreadBlock()).isPositive();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().noneMatch(Window::isShowing)).get())
                .as("no window left open").isTrue();
    }
}
