package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.shipshape.gui.common.DialogService;
import org.shipshape.gui.common.FxDialogService;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.FxTaskExecutor;
import org.shipshape.gui.task.TaskExecutor;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application. Started by {@link org.shipshape.Launcher}, never as the jar's main class. */
public final class ShipshapeApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ShipshapeApp.class);
    private static volatile StartupOptions pendingOptions;

    private final StartupOptions options;
    private final Messages text = Messages.of(MainView.class);
    private Workspace workspace;
    private TaskExecutor tasks;

    /** Used by {@link Application#launch}; takes the options given to {@link #launch(StartupOptions)}. */
    public ShipshapeApp() {
        this(pendingOptions);
    }

    public ShipshapeApp(StartupOptions options) {
        this.options = Objects.requireNonNull(options, "Start Shipshape through org.shipshape.Launcher");
    }

    /** Opens the main window and blocks until it is closed. */
    public static void launch(StartupOptions options) {
        pendingOptions = options;
        Application.launch(ShipshapeApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try {
            workspace = Workspace.open(options.database(), options.readOnly(), options.user());
        } catch (WorkspaceOpenException e) {
            LOG.error("Could not open {}", options.database(), e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.CLOSE);
            alert.setHeaderText(text.get("open.failed"));
            alert.getDialogPane().setId("open-failed-dialog");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        DialogService dialogs = new FxDialogService(stage, getHostServices());
        tasks = new FxTaskExecutor(dialogs::showError);
        MainView[] mainView = new MainView[1];
        MainViewModel[] viewModel = new MainViewModel[1];
        GuiContext context = new GuiContext(workspace, tasks, dialogs, () -> {
            viewModel[0].refresh();
            mainView[0].refreshCurrentSection();
        });
        viewModel[0] = new MainViewModel(context);
        mainView[0] = new MainView(viewModel[0], Sections.create(context), stage::close, () -> showAbout(dialogs));

        Scene scene = new Scene(mainView[0].root());
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/org/shipshape/gui/app/shipshape.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(text.get("window.title", workspace.file().getFileName()));
        WindowPreferences windowPreferences = new WindowPreferences();
        windowPreferences.restore(stage);
        stage.setOnHidden(e -> windowPreferences.save(stage));
        stage.show();
        if (options.user() == null) {
            askVolunteerName(dialogs);
            context.statusChanged().run();
        }
        LOG.info("Main window shown for {}", workspace.file());
    }

    private void askVolunteerName(DialogService dialogs) {
        Preferences preferences = Preferences.userRoot().node("org/shipshape");
        String last = preferences.get("lastVolunteer", workspace.user());
        dialogs.askText(text.get("volunteer.title"), text.get("volunteer.prompt"), last)
                .filter(name -> !name.isBlank())
                .ifPresent(name -> {
                    workspace.setUser(name);
                    preferences.put("lastVolunteer", name);
                });
    }

    private void showAbout(DialogService dialogs) {
        String version = Objects.requireNonNullElse(ShipshapeApp.class.getPackage().getImplementationVersion(), "dev");
        dialogs.showInformation(text.get("about.title"), text.get("about.text", version, workspace.file(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
