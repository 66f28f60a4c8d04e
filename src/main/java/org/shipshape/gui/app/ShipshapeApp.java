package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.shipshape.gui.common.DialogService;
import org.shipshape.gui.common.FxDialogService;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.FxTaskExecutor;
import org.shipshape.gui.task.TaskExecutor;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.gui.safety.BackupMenu;
import org.shipshape.gui.safety.StartupGuard;
import org.shipshape.gui.settings.LanguageMenu;
import org.shipshape.gui.settings.SettingsWindows;
import org.shipshape.gui.settings.UiLanguage;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.safety.AutomaticBackups;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.safety.RestoreService;
import org.shipshape.logic.task.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application. Started by {@link org.shipshape.Launcher}, never as the jar's main class. */
public final class ShipshapeApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ShipshapeApp.class);
    private static volatile StartupOptions pendingOptions;

    private final StartupOptions options;
    private final UiLanguage uiLanguage;
    private final Function<Stage, DialogService> dialogsForTests;
    private Messages text;
    private Workspace workspace;
    private TaskExecutor tasks;
    private Stage stage;
    private DialogService dialogs;
    private AutomaticBackups automaticBackups;
    private SettingsWindows settingsWindows;
    /** Refreshes the status bar and the visible section; replaced whenever the window is rebuilt. */
    private Runnable statusChanged = () -> { };

    /** Used by {@link Application#launch}; takes the options given to {@link #launch(StartupOptions)}. */
    public ShipshapeApp() {
        this(pendingOptions);
    }

    public ShipshapeApp(StartupOptions options) {
        this(options, new UiLanguage());
    }

    /** With the window's language kept elsewhere than in the user's preferences (tests). */
    ShipshapeApp(StartupOptions options, UiLanguage uiLanguage) {
        this(options, uiLanguage, null);
    }

    /** With the main window's dialogs answered by a test (file choosers cannot be driven headless). */
    ShipshapeApp(StartupOptions options, UiLanguage uiLanguage, Function<Stage, DialogService> dialogsForTests) {
        this.options = Objects.requireNonNull(options, "Start Shipshape through org.shipshape.Launcher");
        this.uiLanguage = uiLanguage;
        this.dialogsForTests = dialogsForTests;
    }

    /** Opens the main window and blocks until it is closed. */
    public static void launch(StartupOptions options) {
        pendingOptions = options;
        Application.launch(ShipshapeApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        uiLanguage.apply(); // before the first text is shown, the start-up dialogs included
        text = Messages.of(MainView.class);
        // Before the window exists: a busy, damaged or unreachable database is explained and, where possible,
        // offered read-only or restored from the latest good backup.
        Optional<Workspace> opened = new StartupGuard(new FxDialogService(null, getHostServices()),
                Clock.systemDefaultZone()).open(options);
        if (opened.isEmpty()) {
            LOG.info("Not opening the window for {}", options.location());
            Platform.exit();
            return;
        }
        workspace = opened.get();
        this.stage = stage;
        dialogs = dialogsForTests == null ? new FxDialogService(stage, getHostServices())
                : dialogsForTests.apply(stage);
        tasks = new FxTaskExecutor(dialogs::showError);
        showMainWindow();
        WindowPreferences windowPreferences = new WindowPreferences();
        windowPreferences.restore(stage);
        stage.setOnHidden(e -> windowPreferences.save(stage));
        stage.show();
        if (options.user() == null) {
            askVolunteerName(dialogs);
            statusChanged.run();
        }
        startAutomaticBackups();
        LOG.info("Main window shown for {}", workspace.location());
    }

    private void showMainWindow() {
        MainView[] mainView = new MainView[1];
        MainViewModel[] viewModel = new MainViewModel[1];
        statusChanged = () -> {
            viewModel[0].refresh();
            mainView[0].refreshCurrentSection();
        };
        GuiContext context = new GuiContext(workspace, tasks, dialogs, statusChanged);
        viewModel[0] = new MainViewModel(context);
        if (settingsWindows != null) {
            settingsWindows.closeAll();
        }
        settingsWindows = new SettingsWindows(context, stage, uiLanguage, this::onLanguageChanged);
        SettingsWindows settings = settingsWindows;
        mainView[0] = new MainView(viewModel[0], Sections.create(context, place -> {
            if (place.equals("settings")) {
                settings.showSettings("organisation");
            } else {
                mainView[0].select(place);
            }
        }), stage::close, () -> showAbout(dialogs));
        mainView[0].addToFileMenu(settings.menuItems());
        mainView[0].setOnStartEmpty(() -> settings.showFirstStart(() -> mainView[0].select("home")));
        if (!workspace.isOnServer()) { // a server's backups are the server's own (docs/decisions/0010)
            mainView[0].addToFileMenu(new BackupMenu(context, this::restore).items());
        }
        mainView[0].addMenuBeforeHelp(new LanguageMenu(uiLanguage, chosen -> onLanguageChanged()).menu());

        Scene scene = new Scene(mainView[0].root());
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/org/shipshape/gui/app/shipshape.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(text.get("window.title", workspace.isOnServer() ? workspace.location()
                : workspace.file().getFileName()));
    }

    /** Every screen reads its texts when it is built, so the window is rebuilt in the new language. */
    private void onLanguageChanged() {
        uiLanguage.apply();
        text = Messages.of(MainView.class);
        showMainWindow();
        LOG.info("Window language now {}", uiLanguage.current().getLanguage());
    }

    private void startAutomaticBackups() {
        if (workspace.isOnServer()) {
            return;
        }
        Messages backupText = Messages.of(BackupMenu.class);
        automaticBackups = new AutomaticBackups(new BackupService(workspace), workspace.isReadOnly(),
                failure -> Platform.runLater(() -> dialogs.showError(backupText.get("backup.failed"), failure)));
        automaticBackups.start(Duration.ofHours(1));
    }

    /** Replaces the open database with a confirmed backup, then rebuilds the window on the reopened one. */
    private void restore(Path backup) {
        Messages backupText = Messages.of(BackupMenu.class);
        automaticBackups.close();
        Workspace current = workspace;
        tasks.execute(BackgroundTask.of(backupText.get("restore.title"),
                        progress -> RestoreService.restoreAndReopen(current, backup, Clock.systemDefaultZone()))
                .onSuccess(reopened -> {
                    workspace = reopened;
                    showMainWindow();
                    startAutomaticBackups();
                    dialogs.showInformation(backupText.get("restore.title"), backupText.get("restore.done", backup));
                })
                .onFailure(failure -> {
                    if (failure instanceof UserInputException rejected) {
                        dialogs.showError(String.join(" ", rejected.messages().stream().map(backupText::render)
                                .toList()), rejected); // nothing was closed
                        startAutomaticBackups();
                    } else {
                        dialogs.showError(backupText.get("restore.failed"), failure);
                        Platform.exit(); // the database may be closed now; a restart reopens what is in place
                    }
                }));
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
        dialogs.showInformation(text.get("about.title"), text.get("about.text", version, workspace.location(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")));
    }

    @Override
    public void stop() {
        if (automaticBackups != null) {
            automaticBackups.closeWithExitBackup();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
