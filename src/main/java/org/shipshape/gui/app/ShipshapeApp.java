package org.shipshape.gui.app;

import org.shipshape.gui.common.ChangeWatch;
import org.shipshape.gui.common.GuiContext;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.shipshape.gui.common.DialogService;
import org.shipshape.gui.common.FxDialogService;
import org.shipshape.gui.common.FxThreadWatch;
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
    /** How long the window's start waits for the warehouse to open before it shows the splash instead. */
    private static final Duration SPLASH_AFTER = Duration.ofMillis(300);
    /**
     * Seconds after the window shows during which the FX thread is watched and its longest wait logged, for the
     * cold-start benchmark (packaging/bench-cold.sh): the seconds in which the window builds its other screens ahead
     * are the ones a single in-process benchmark cannot see cold. Not for users.
     */
    static final String WATCH_FX_THREAD = "shipshape.watchFxThreadSeconds";
    /** What {@link #launch(StartupOptions)} hands to the instance {@link Application#launch} makes. */
    private static final CompletableFuture<Launched> LAUNCHED = new CompletableFuture<>();
    /** The thread running {@link Application#launch} when {@link #startToolkitEarly()} began it, else null. */
    private static Thread earlyLaunch;
    private static volatile Throwable earlyLaunchFailure;

    /** The options of the window and the warehouse being opened for it while JavaFX starts. */
    private record Launched(StartupOptions options, CompletableFuture<Workspace> opening) {
        static final Launched NO_WINDOW = new Launched(null, null);
    }

    /** Null until {@link #start} takes it from {@link #launch(StartupOptions)} (the jar's start). */
    private StartupOptions options;
    /** The warehouse being opened while JavaFX starts, or null to open it once the toolkit is up (tests). */
    private CompletableFuture<Workspace> opening;
    private final UiLanguage uiLanguage;
    private final Function<Stage, DialogService> dialogsForTests;
    private final RecentDatabases recentDatabases;
    private Messages text;
    private Workspace workspace;
    private TaskExecutor tasks;
    private Stage stage;
    private DialogService dialogs;
    private AutomaticBackups automaticBackups;
    private SettingsWindows settingsWindows;
    /** Refreshes the status bar and the visible section; replaced whenever the window is rebuilt. */
    private Runnable statusChanged = () -> { };
    private MainView mainView;
    /** Follows other stations' changes for the screens of the window shown now (docs/decisions/0012). */
    private ChangeWatch changes;
    private final CompletableFuture<Stage> shown = new CompletableFuture<>();

    /** Used by {@link Application#launch}; takes the options given to {@link #launch(StartupOptions)}. */
    public ShipshapeApp() {
        this.uiLanguage = new UiLanguage();
        this.dialogsForTests = null;
        this.recentDatabases = new RecentDatabases();
    }

    public ShipshapeApp(StartupOptions options) {
        this(options, new UiLanguage(), null, new RecentDatabases());
    }

    /** With the window's language kept elsewhere than in the user's preferences (tests). */
    ShipshapeApp(StartupOptions options, UiLanguage uiLanguage) {
        this(options, uiLanguage, null);
    }

    /**
     * With the main window's dialogs answered by a test (file choosers cannot be driven headless). Its recent servers
     * start empty: a server one test opened must not show in the next test's File menu.
     */
    ShipshapeApp(StartupOptions options, UiLanguage uiLanguage, Function<Stage, DialogService> dialogsForTests) {
        this(options, uiLanguage, dialogsForTests, new RecentDatabases(emptied(
                Preferences.userRoot().node("org/shipshape/test/recentDatabases"))));
    }

    private static Preferences emptied(Preferences node) {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("Could not clear the test list of recent servers " + node, e);
        }
        return node;
    }

    ShipshapeApp(StartupOptions options, UiLanguage uiLanguage, Function<Stage, DialogService> dialogsForTests,
            RecentDatabases recentDatabases) {
        this(options, uiLanguage, dialogsForTests, recentDatabases, null);
    }

    private ShipshapeApp(StartupOptions options, UiLanguage uiLanguage, Function<Stage, DialogService> dialogsForTests,
            RecentDatabases recentDatabases, CompletableFuture<Workspace> opening) {
        this.options = Objects.requireNonNull(options, "Start Shipshape through org.shipshape.Launcher");
        this.opening = opening;
        this.uiLanguage = uiLanguage;
        this.dialogsForTests = dialogsForTests;
        this.recentDatabases = recentDatabases;
    }

    /**
     * Starts JavaFX on a thread of its own before the command line is read (a fifth of a second on a two-core machine):
     * the window's {@link #start} then waits for the options {@link #launch(StartupOptions)} hands over. Called only
     * when the arguments open the window; if they are wrong the process exits with picocli's message and the toolkit,
     * which showed nothing, goes with it. A failure to start JavaFX (no display) is thrown by {@code launch}.
     */
    public static synchronized void startToolkitEarly() {
        if (earlyLaunch != null) {
            return;
        }
        earlyLaunch = new Thread(() -> {
            try {
                Application.launch(ShipshapeApp.class);
            } catch (RuntimeException | Error failure) {
                earlyLaunchFailure = failure; // thrown where the window is asked for, not for a mistyped option
            }
        }, "shipshape-window");
        earlyLaunch.start();
    }

    private static synchronized Thread earlyLaunchThread() {
        return earlyLaunch;
    }

    private static boolean startedEarly() {
        return earlyLaunchThread() != null;
    }

    /**
     * Ends a toolkit started by {@link #startToolkitEarly()} for a run that opens no window after all (a mistake in the
     * options, already reported): it shuts down quietly before the process exits rather than complain of the exit.
     */
    public static void endEarlyStartIfUnused() {
        Thread started = earlyLaunchThread();
        if (started != null && LAUNCHED.complete(Launched.NO_WINDOW)) {
            joined(started);
        }
    }

    /** Waits for the thread to end; false when this thread was interrupted first (its interrupt is kept). */
    private static boolean joined(Thread thread) {
        try {
            thread.join();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Opens the main window and blocks until it is closed. */
    public static void launch(StartupOptions options) {
        LAUNCHED.complete(new Launched(options, ParallelStart.begin(options))); // JavaFX starts meanwhile
        Thread started = earlyLaunchThread();
        if (started == null) {
            Application.launch(ShipshapeApp.class);
            return;
        }
        if (!joined(started)) {
            Platform.exit();
            return;
        }
        if (earlyLaunchFailure instanceof RuntimeException failure) {
            throw failure;
        } else if (earlyLaunchFailure instanceof Error failure) {
            throw failure;
        }
    }

    @Override
    public void start(Stage stage) {
        LOG.info("JavaFX started {} ms after launch", sinceLaunch());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        uiLanguage.apply(); // before the first text is shown, the start-up dialogs included
        text = Messages.of(MainView.class);
        this.stage = stage;
        closeLauncherSplash();
        if (options == null) {
            // made by Application.launch, perhaps before the command line was read: its options come from launch()
            if (!LAUNCHED.isDone() && !startedEarly()) {
                throw new IllegalStateException("Start Shipshape through org.shipshape.Launcher");
            }
            Launched launched = LAUNCHED.join();
            if (launched == Launched.NO_WINDOW) {
                Platform.exit();
                return;
            }
            options = launched.options();
            opening = launched.opening();
        }
        if (opening != null && openedSoon(opening)) {
            // opened while the toolkit started: the window itself is the next thing to show, no splash before it
            LOG.info("Warehouse opened while JavaFX started, {} ms after launch", sinceLaunch());
            try {
                open(null);
            } catch (RuntimeException | Error e) {
                shown.completeExceptionally(e);
                throw e;
            }
            return;
        }
        Splash splash = Splash.show(text.get("splash.title"), text.get("splash.opening",
                options.server() != null ? options.server() : options.database().getFileName()));
        LOG.info("Splash shown {} ms after launch", sinceLaunch());
        splash.afterPainted(() -> {
            try {
                open(splash);
            } catch (RuntimeException | Error e) {
                splash.close();
                shown.completeExceptionally(e);
                throw e;
            }
        });
    }

    /**
     * True when the warehouse is open or opens within {@link #SPLASH_AFTER}: JavaFX now starts beside the command
     * line's reading, often just before the opening ends, and a splash shown for a moment only delays the window.
     */
    private static boolean openedSoon(CompletableFuture<Workspace> opening) {
        try {
            opening.get(SPLASH_AFTER.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException stillOpening) {
            return false;
        } catch (java.util.concurrent.ExecutionException failed) {
            return true; // explained by the start-up guard, as a failure found while JavaFX started
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return opening.isDone();
        }
    }

    /**
     * Opens the warehouse and shows the window. Before the window exists a busy, damaged or unreachable database is
     * explained and, where possible, offered read-only or restored from the latest good backup.
     */
    private void open(Splash splash) {
        StartupGuard guard = new StartupGuard(new FxDialogService(null, getHostServices()), Clock.systemDefaultZone());
        Optional<Workspace> opened = opening != null ? guard.open(options, opening) : guard.open(options);
        if (opened.isEmpty()) {
            LOG.info("Not opening the window for {}", options.location());
            closeSplash(splash);
            shown.complete(null);
            Platform.exit();
            return;
        }
        workspace = opened.get();
        LOG.info("Opened {} {} ms after launch", workspace.location(), sinceLaunch());
        if (workspace.isOnServer()) {
            recentDatabases.remember(workspace.location());
        }
        if (splash != null) {
            splash.status(text.get("splash.building"), 0.6);
        }
        dialogs = dialogsForTests == null ? new FxDialogService(stage, getHostServices())
                : dialogsForTests.apply(stage);
        tasks = new FxTaskExecutor(dialogs::showError);
        showMainWindow();
        // the worker runs one task at a time: this one ends once the first section's reads are done (home queued
        // them as MainView built it, SectionView#readsOnlyWhenShown); queued now, it also comes before the reads home
        // queues once its overview is in (each shipment's fill, read in idle time)
        CompletableFuture<Void> firstSectionRead = new CompletableFuture<>();
        tasks.execute(BackgroundTask.<Void>of(text.get("splash.building"), progress -> null)
                .onSuccess(firstSectionRead::complete));
        WindowPreferences windowPreferences = new WindowPreferences();
        windowPreferences.restore(stage);
        stage.setOnHidden(e -> {
            changes.stop();
            windowPreferences.save(stage);
        });
        stage.show();
        closeSplash(splash);
        // the first section was shown by MainView as it was built (home: its reads began then, beside the styling and
        // layout) or is shown once the window has laid it out (a section that focuses a field); showing it here as
        // well read the home overview twice, and on a large warehouse the second read held up the next section chosen
        if (options.user() == null) {
            askVolunteerName(dialogs);
            statusChanged.run();
        }
        LOG.info("Main window shown for {} {} ms after launch", workspace.location(), sinceLaunch());
        watchFxThreadIfAsked();
        firstSectionRead.thenRun(() -> {
            LOG.info("Window usable {} ms after launch", sinceLaunch());
            // the start-up backup copies the whole file (seconds on a large warehouse): taken once the first screen
            // is read, it no longer takes a core from the window being built and read
            startAutomaticBackups();
            mainView.buildSectionsAhead();
            shown.complete(stage);
        });
    }

    private static void watchFxThreadIfAsked() {
        Long seconds = Long.getLong(WATCH_FX_THREAD);
        if (seconds == null) {
            return;
        }
        FxThreadWatch watch = FxThreadWatch.start();
        CompletableFuture.delayedExecutor(seconds, java.util.concurrent.TimeUnit.SECONDS).execute(() -> {
            try {
                watch.close();
                LOG.info("Longest FX-thread wait in the {} s after the window showed: {} ms, ending {} ms after it "
                        + "showed; {} waits over {} ms; the longest (ms, ending ms after it showed): {}", seconds,
                        watch.longest().toMillis(), watch.longestEndedAfter().toMillis(), watch.noticeableWaits(),
                        FxThreadWatch.NOTICEABLE.toMillis(), watch.longestWaits(8).stream()
                                .map(wait -> wait.waited().toMillis() + " at " + wait.endedAfter().toMillis())
                                .collect(java.util.stream.Collectors.joining(", ")));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                LOG.warn("The FX-thread watch was interrupted before it could report", interrupted);
            }
        });
    }

    private static void closeSplash(Splash splash) {
        if (splash != null) {
            splash.close();
        }
    }

    /** Completes with the main window once it is shown and its first screen has read its lists (null: not opened). */
    public CompletableFuture<Stage> shown() {
        return shown;
    }

    /** Milliseconds since the JVM started, for the start's log lines. */
    static long sinceLaunch() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The image the Java launcher shows from the jar's manifest until JavaFX is up; the real splash follows. */
    private static void closeLauncherSplash() {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            java.awt.SplashScreen launcherSplash = java.awt.SplashScreen.getSplashScreen();
            if (launcherSplash != null) {
                launcherSplash.close();
            }
        } catch (UnsupportedOperationException | IllegalStateException none) {
            LOG.debug("No launcher splash to close", none);
        }
    }

    private void showMainWindow() {
        if (mainView != null) {
            mainView.stopBuildingAhead(); // the window being replaced; its workspace may be closed already
        }
        MainViewModel[] viewModel = new MainViewModel[1];
        // a change of data recounts the status bar; the screen that made it shows the change itself
        statusChanged = () -> viewModel[0].refresh();
        GuiContext context = new GuiContext(workspace, tasks, dialogs, statusChanged);
        if (changes != null) {
            changes.stop(); // the screens of the window replaced no longer need to hear of changes
        }
        changes = context.changes();
        changes.start();
        viewModel[0] = new MainViewModel(context);
        if (settingsWindows != null) {
            settingsWindows.closeAll();
        }
        settingsWindows = new SettingsWindows(context, stage, uiLanguage, this::onLanguageChanged);
        SettingsWindows settings = settingsWindows;
        MainView[] built = new MainView[1];
        built[0] = new MainView(viewModel[0], Sections.create(context, place -> {
            if (place.equals("settings")) {
                settings.showSettings("organisation");
            } else {
                built[0].select(place);
            }
        }), stage::close, () -> showAbout(dialogs));
        mainView = built[0];
        mainView.setHelp(dialogs::showHelp, this::openUserGuide);
        mainView.addToFileMenu(settings.menuItems());
        mainView.setOnStartEmpty(() -> settings.showFirstStart(() -> {
            built[0].select("home");
            built[0].refreshCurrentSection(); // home may be showing already; its checklist reads the new settings
        }));
        mainView.addToFileMenu(serverMenuItems());
        mainView.addToFileMenu(new BackupMenu(context, this::restore).items());
        mainView.addMenuBeforeHelp(new LanguageMenu(uiLanguage, chosen -> onLanguageChanged()).menu());

        Scene scene = new Scene(mainView.root());
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/org/shipshape/gui/app/shipshape.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(text.get("window.title", workspace.isOnServer() ? workspace.location()
                : workspace.file().getFileName()));
    }

    /** File > Open server database, and the recent ones (each opens the dialog filled in, for its password). */
    private List<MenuItem> serverMenuItems() {
        MenuItem openServer = new MenuItem(text.get("menu.openServer"));
        openServer.setId("menu-open-server");
        openServer.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        openServer.setOnAction(e -> showServerDialog(null));
        Menu recent = new Menu(text.get("menu.recent"));
        recent.setId("menu-recent");
        List<String> addresses = recentDatabases.list();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            MenuItem item = new MenuItem(address);
            item.setMnemonicParsing(false);
            item.setId("menu-recent-" + i);
            item.setOnAction(e -> showServerDialog(address));
            recent.getItems().add(item);
        }
        if (addresses.isEmpty()) {
            MenuItem none = new MenuItem(text.get("menu.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        return List.of(openServer, recent, new SeparatorMenuItem());
    }

    private void showServerDialog(String address) {
        ServerDatabaseViewModel viewModel = new ServerDatabaseViewModel(tasks, recentDatabases, workspace.user());
        if (address != null) {
            viewModel.fill(address);
        }
        new ServerDatabaseView(viewModel, stage, this::switchTo).show();
    }

    /** Shows the window on another warehouse, then lets the one it showed go (its lock, its connection). */
    private void switchTo(Workspace opened) {
        Workspace previous = workspace;
        if (automaticBackups != null) {
            automaticBackups.close();
            automaticBackups = null;
        }
        showWorkspace(opened);
        if (previous != opened) {
            previous.close();
        }
        LOG.info("Switched from {} to {}", previous.location(), opened.location());
    }

    /** Rebuilds the window on the workspace: every screen, the menus and the title read it when they are built. */
    private void showWorkspace(Workspace shown) {
        workspace = shown;
        showMainWindow();
        mainView.focusCurrentSection();
        mainView.buildSectionsAhead();
        startAutomaticBackups();
    }

    /** Every screen reads its texts when it is built, so the window is rebuilt in the new language. */
    private void onLanguageChanged() {
        uiLanguage.apply();
        text = Messages.of(MainView.class);
        showMainWindow();
        mainView.focusCurrentSection();
        mainView.buildSectionsAhead();
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
                    showWorkspace(reopened);
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

    private void openUserGuide() {
        HelpFiles.userGuide().ifPresentOrElse(dialogs::openInSystemViewer,
                () -> dialogs.showInformation(text.get("guide.title"), text.get("guide.missing")));
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
        if (changes != null) {
            changes.stop(); // before the worker goes: a tick after it would have nowhere to run
        }
        if (mainView != null) {
            mainView.stopBuildingAhead(); // the views read the workspace closed below
        }
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
