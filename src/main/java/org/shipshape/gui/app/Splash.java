package org.shipshape.gui.app;

import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * A small window shown the moment JavaFX is up, while the warehouse opens and the screens are prepared: the
 * program's name, what it is doing and a progress bar, so a large warehouse never leaves a blank or white window.
 */
final class Splash {
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    private Splash(String title, String firstStatus) {
        Label name = new Label(title);
        name.getStyleClass().add("title-1");
        status.setText(firstStatus);
        status.setId("splash-status");
        status.setWrapText(true);
        progress.setPrefWidth(360);
        progress.setId("splash-progress");
        VBox content = new VBox(14, name, status, progress);
        content.setPadding(new Insets(8));
        content.getStyleClass().add("splash");
        content.setId("splash");
        Scene scene = new Scene(content, 420, 170);
        scene.getStylesheets().add(Objects.requireNonNull(Splash.class.getResource(
                "/org/shipshape/gui/app/shipshape.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(title);
    }

    static Splash show(String title, String firstStatus) {
        Splash splash = new Splash(title, firstStatus);
        splash.stage.centerOnScreen();
        splash.stage.show();
        return splash;
    }

    void status(String text, double done) {
        status.setText(text);
        progress.setProgress(done);
    }

    void close() {
        stage.close();
    }

    /** Runs the work once the splash has been drawn (two frames later), so it shows before the work starts. */
    void afterPainted(Runnable work) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    // after this pulse: the work may open dialogs, which a pulse must not wait for
                    Platform.runLater(work);
                }
            }
        }.start();
    }
}
