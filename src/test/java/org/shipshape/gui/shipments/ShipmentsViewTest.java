package org.shipshape.gui.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShipmentsViewTest {
    @TempDir
    Path folder;
    Workspace workspace;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        workspace = ShippingFixture.open(folder);
        new ShippingFixture(workspace).shipment("MLI-2026-01", "20GP");
        ShipmentsView view = new ShipmentsView(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
        stage.setScene(new Scene((Parent) view.root(), 1000, 700));
        stage.show();
        view.onShown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theContainerNumberIsCheckedAsItIsTypedAndStepsSayWhyNot(FxRobot robot) {
        assertThat(robot.lookup("#shipments-list").queryAs(TableView.class).getItems()).hasSize(1);
        // the field is further down the scrolling form than this window shows: a volunteer tabs or scrolls to it
        robot.interact(() -> robot.lookup("#shipments-containerNumber").query().requestFocus());
        robot.write("CSQU3054384");

        assertThat(robot.lookup("#shipments-container-number-problem").queryAs(Label.class).getText())
                .isEqualTo("CSQU3054384: the check digit should be 3.");
        assertThat(robot.lookup("#shipments-save").queryButton().isDisabled()).isTrue();

        robot.eraseText(1).write("3");
        assertThat(robot.lookup("#shipments-container-number-problem").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#shipments-save").queryButton().isDisabled()).isFalse();
        // Save stays in sight under the scrolling form
        robot.clickOn("#shipments-save");

        Button advance = robot.lookup("#shipments-advance").queryButton();
        assertThat(advance.getText()).isEqualTo("Move to packing");
        assertThat(advance.isDisabled()).isFalse();
        assertThat(robot.lookup("#shipments-reopen").queryButton().getTooltip().getText())
                .isEqualTo("The shipment is in planning, the first step.");
    }
}
