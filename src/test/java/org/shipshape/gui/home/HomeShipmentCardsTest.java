package org.shipshape.gui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.HeldTaskExecutor;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A shipment read in idle time changes its own card on the home screen and leaves the others as they are. */
@ExtendWith(ApplicationExtension.class)
class HomeShipmentCardsTest {
    @TempDir
    static Path dir;
    private Workspace workspace;
    private final HeldTaskExecutor tasks = new HeldTaskExecutor();
    private HomeView view;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("cards.db"), false, "Tester");
        SampleWarehouse.load(workspace, Progress.NONE);
        view = new HomeView(new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { }), place -> { });
        stage.setScene(new Scene(new ScrollPane(view.root()), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aShipmentReadReplacesItsOwnCardOnly(FxRobot robot) {
        robot.interact(() -> {
            view.onShown();
            tasks.runNext(); // the counts: every open shipment listed, none read yet
        });
        VBox cards = robot.lookup("#home-shipments").queryAs(VBox.class);
        List<Node> unread = List.copyOf(cards.getChildren());
        assertThat(unread).as("the sample has shipments being prepared").hasSizeGreaterThan(1);
        String reference = unread.get(0).getId().substring("home-shipment-".length());
        String unreadProblems = robot.lookup("#home-problems-" + reference).queryAs(Label.class).getText();

        robot.interact(tasks::runNext); // the first shipment's read

        assertThat(cards.getChildren()).hasSameSizeAs(unread);
        assertThat(cards.getChildren().get(0)).isNotSameAs(unread.get(0));
        assertThat(cards.getChildren().get(0).getId()).isEqualTo(unread.get(0).getId());
        assertThat(robot.lookup("#home-problems-" + reference).queryAs(Label.class).getText())
                .isNotEqualTo(unreadProblems);
        for (int i = 1; i < unread.size(); i++) {
            assertThat(cards.getChildren().get(i)).as("card %d, not read yet", i).isSameAs(unread.get(i));
        }
    }
}
