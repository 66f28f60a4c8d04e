package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.gui.task.FxTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inventory is built ahead first, while home's idle-time reads still run (they take seconds on a large warehouse,
 * longer than a volunteer takes to choose a section), the other sections after those reads; none while a chosen
 * section's own work is in hand.
 */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class SectionsBuiltAheadTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private FxTaskExecutor tasks;
    private MainView view;
    private final List<String> built = new CopyOnWriteArrayList<>();
    private final CountDownLatch releaseWork = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(folder.resolve("ahead.db"), false, "Test volunteer");
        tasks = new FxTaskExecutor((sentence, error) -> built.add("error " + sentence));
        GuiContext context = new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { });
        List<Section> sections = List.of(section("home"), section("intake"), section("inventory"),
                section("donors"));
        view = new MainView(new MainViewModel(context), sections, () -> { }, () -> { });
        stage.setScene(new Scene(view.root(), 800, 600));
        stage.show();
    }

    private Section section(String id) {
        return new LazySection(id, id, () -> {
            built.add(id);
            // home takes the keys, as the window's first section does
            Control root = "home".equals(id) ? new TextField() : new Label(id);
            root.setId("built-" + id);
            return () -> root;
        });
    }

    @AfterEach
    void close() {
        releaseWork.countDown();
        tasks.shutdown();
        workspace.close();
    }

    @Test
    void theInventoryFirstWhileIdleTimeReadsStillRunTheOthersAfterThem(FxRobot robot) throws Exception {
        robot.interact(() -> {
            tasks.execute(BackgroundTask.of("Home's shipment read", progress -> waitForRelease()).inIdleTime());
            view.buildSectionsAhead();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> built.size() == 2);
        assertThat(built).containsExactly("home", "inventory");
        // made in one turn, put in its tab and styled in a later one (once no work is in hand)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#built-inventory").tryQuery().isPresent());
        // several rounds of the window's thread: the others wait for the idle-time read, which is still running
        for (int round = 0; round < 10; round++) {
            robot.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(built).containsExactly("home", "inventory");
        assertThat(releaseWork.getCount()).as("the idle-time read is still running").isEqualTo(1);

        releaseWork.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> built.size() == 4);
        assertThat(built).containsExactly("home", "inventory", "intake", "donors");
    }

    @Test
    void aSectionIsLaidOutInATurnOfItsOwnOrAtOnceWhenChosen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            tasks.execute(BackgroundTask.of("Home's shipment read", progress -> waitForRelease()).inIdleTime());
            view.buildSectionsAhead();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#built-inventory").tryQuery().isPresent());
        Label inventory = robot.lookup("#built-inventory").queryAs(Label.class);
        for (int round = 0; round < 10; round++) {
            robot.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        // styled in its tab, its layout waits with the rest of building ahead for the idle-time read
        assertThat(inventory.getSkin()).isNotNull();
        assertThat(inventory.getWidth()).isZero();

        robot.interact(() -> view.select("inventory"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inventory.isManaged()).isTrue();
        assertThat(inventory.getWidth()).isPositive();

        robot.interact(() -> view.select("home"));
        releaseWork.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> built.size() == 4);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#built-donors").tryQuery().isPresent());
        Label donors = robot.lookup("#built-donors").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> donors.getWidth() > 0);
        assertThat(donors.isManaged()).isTrue();
        assertThat(robot.lookup("#built-intake").queryAs(Label.class).isManaged()).isTrue();
    }

    @Test
    void notWhileAChosenSectionsWorkIsInHand(FxRobot robot) throws Exception {
        CountDownLatch workStarted = new CountDownLatch(1);
        robot.interact(() -> {
            tasks.execute(BackgroundTask.of("The inventory's read", progress -> {
                workStarted.countDown();
                return waitForRelease();
            }));
            view.buildSectionsAhead();
        });
        assertThat(workStarted.await(30, TimeUnit.SECONDS)).isTrue();
        // several rounds of the window's thread and of the waiting step's look again
        for (int round = 0; round < 20; round++) {
            robot.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(built).containsExactly("home");

        releaseWork.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> built.size() == 4);
        assertThat(built).containsExactly("home", "inventory", "intake", "donors");
    }

    @Test
    void notWhileTheUserTypesOnlyOnceTheyPause(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#built-home").query().requestFocus());
        // a word typed a key every 100 ms for 2 s, twice the pause a key starts; the window asks for the sections to
        // be built ahead once it is usable, here after the first keys
        for (int key = 0; key < 20; key++) {
            if (key == 5) {
                robot.interact(view::buildSectionsAhead);
                robot.sleep(100); // the turns it takes, as long as between two keys
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.type(KeyCode.A);
            robot.sleep(100);
        }
        assertThat(built).containsExactly("home");
        assertThat(robot.lookup("#built-home").queryAs(TextField.class).getText()).hasSize(20);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> built.size() == 4);
        assertThat(built).containsExactly("home", "inventory", "intake", "donors");
    }

    private Object waitForRelease() {
        try {
            releaseWork.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
