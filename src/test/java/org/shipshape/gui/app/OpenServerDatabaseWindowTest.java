package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.store.db.PostgresTestServer;
import org.testfx.api.FxRobot;

/**
 * File > Open server database in the real window: started on a SQLite file, the dialog refuses a bad port naming
 * the field, then opens the server database, and the window switches to it; the address joins the recent list.
 */
@ExtendWith(PostgresTestServer.class)
class OpenServerDatabaseWindowTest {
    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Preferences recentNode;
    private AppWindow window;
    private String address;

    @BeforeEach
    void startOnAFile() throws Exception {
        recentNode = Preferences.userRoot().node("org/shipshape/test/recent-" + UUID.randomUUID());
        address = PostgresTestServer.freshAddress();
        RecentDatabases recent = new RecentDatabases(recentNode);
        recent.remember(address); // the dialog starts on it: a fresh schema the fields alone cannot name
        window = AppWindow.on(folder.resolve("desk.db")).dialogs(dialogs).recent(recent).start(robot);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        try {
            window.close();
        } finally {
            recentNode.removeNode();
        }
    }

    @Test
    void theDialogNamesABadFieldThenOpensTheServerDatabaseInTheWindow() {
        Stage stage = window.stage();
        assertThat(stage.getTitle()).contains("desk.db");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#server-host").tryQuery().isPresent());
        assertThat(robot.lookup("#server-host").queryAs(TextField.class).getText())
                .isEqualTo(PostgresTestServer.server().host());
        robot.interact(() -> robot.lookup("#server-port").queryAs(TextField.class).setText("x"));
        robot.clickOn("#server-open-button");
        waitUntil(() -> status().startsWith("Port: x is not a port"));
        assertThat(stage.getTitle()).contains("desk.db");

        robot.interact(() -> robot.lookup("#server-port").queryAs(TextField.class)
                .setText(String.valueOf(PostgresTestServer.server().port())));
        robot.clickOn("#server-open-button");

        waitUntil(() -> stage.getTitle().contains("postgresql://") && robot.lookup("#server-host").tryQuery().isEmpty());
        assertThat(stage.getTitle()).contains(PostgresTestServer.schemaOf(address));
        assertThat(new RecentDatabases(recentNode).list().get(0)).contains(PostgresTestServer.schemaOf(address))
                .doesNotContain("password");
        assertThat(dialogs.errors).isEmpty();
    }

    private String status() {
        return robot.lookup("#server-status").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private void waitUntil(BooleanSupplier condition) {
        window.waitUntil(condition, () -> "status: " + status() + "; errors: " + dialogs.errors);
    }
}
