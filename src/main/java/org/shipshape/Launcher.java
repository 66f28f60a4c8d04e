package org.shipshape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.stage.Window;
import org.shipshape.bench.BenchCommand;
import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.app.Version;
import org.shipshape.gui.app.ShipshapeApp;
import org.shipshape.logic.workspace.NativeLibraries;
import picocli.CommandLine;

/**
 * The jar's main class. It does not extend {@code Application}, so JavaFX starts correctly from a plain class
 * path; without arguments it opens the window, otherwise it runs a command and exits with its code.
 * It starts as little as it can: only the command named is built, logging is set up when something first
 * logs ({@link LogSetup}), JavaFX is loaded only for the window.
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * Seconds after it is shown that the window closes itself: packaging opens the window once this way to record
     * which classes a start loads, for the class-data sharing archive, and the smoke test to see it open
     * (packaging/README.md). Not for users.
     */
    static final String CLOSE_WINDOW_AFTER = "shipshape.closeWindowAfterSeconds";

    public static void main(String[] args) {
        if (Version.onlyAskedFor(args)) {
            // before picocli reads a single annotation: --version is then a plain Java program's start
            System.out.println(Version.line());
            return;
        }
        runCommandLine(args);
    }

    private static void runCommandLine(String[] args) {
        if (System.getProperty(CLOSE_WINDOW_AFTER) != null) {
            closeWindowLater(Long.getLong(CLOSE_WINDOW_AFTER, 10));
        }
        if (ShipshapeCommand.opensWindow(args)) {
            // JavaFX takes half a second to start: it starts while picocli reads the options (a fifth of a second)
            ShipshapeApp.startToolkitEarly();
        }
        // bench sits outside the layers (it drives gui and logic), so the command line does not know it itself
        CommandLine commandLine = ShipshapeCommand.commandLine(args, options -> ShipshapeApp.launch(options),
                Map.of("bench", BenchCommand.class, "screens", org.shipshape.bench.ScreensCommand.class));
        SqliteLibraryFirst.wrapExecution(commandLine);
        int exitCode = commandLine.execute(args);
        ShipshapeApp.endEarlyStartIfUnused();
        System.exit(exitCode);
    }

    /**
     * Points the SQLite driver at its cached library before the command runs, unless the run only prints help.
     * A class, not a lambda: picocli's classes are compiled for Java 5, and the CDS dump links an old interface that
     * a lambda implements, which keeps it (and the picocli classes that depend on it) out of the archive; loading
     * them from the jar instead searches the class path jar by jar (round 7, docs/PERFORMANCE.md).
     */
    static final class SqliteLibraryFirst implements CommandLine.IExecutionStrategy {
        private final CommandLine.IExecutionStrategy run;

        private SqliteLibraryFirst(CommandLine.IExecutionStrategy run) {
            this.run = run;
        }

        /**
         * Made here, not in {@code main}'s class: verifying a method that hands this class over as picocli's interface
         * loads the interface, and {@code --version} must load no picocli class at all.
         */
        static void wrapExecution(CommandLine commandLine) {
            commandLine.setExecutionStrategy(new SqliteLibraryFirst(commandLine.getExecutionStrategy()));
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            // touching the SQLite driver starts its logging (logback): a third of --version's classes
            if (!onlyHelp(parsed)) {
                NativeLibraries.useCachedSqliteLibrary();
            }
            return run.execute(parsed);
        }
    }

    /** True when the run only prints help or the version: it opens no database. */
    static boolean onlyHelp(CommandLine.ParseResult parsed) {
        for (CommandLine command : parsed.asCommandLineList()) {
            if (command.isUsageHelpRequested() || command.isVersionHelpRequested()
                    || command.getCommandSpec().helpCommand()) {
                return true;
            }
        }
        return false;
    }

    /** Closes the main window the given seconds after it is shown (however long the start takes on a busy machine). */
    private static void closeWindowLater(long seconds) {
        Thread closer = new Thread(() -> {
            try {
                long deadline = System.currentTimeMillis() + 300_000;
                while (!windowShowing() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(250);
                }
                Thread.sleep(seconds * 1000);
                Platform.runLater(Launcher::closeEveryWindowThenExit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "close-window-after-training");
        closer.setDaemon(true);
        closer.start();
    }

    /**
     * Hides the windows newest first (a dialog before the window that owns it), then exits. Platform.exit with the
     * window still showing crashed the JVM once on this project's Linux machine (SIGSEGV in JavaFX's GTK glass,
     * destroy_and_delete_ctx, while the toolkit's exit closed the windows; not reproduced since), and a crash here
     * fails the installer's class-data training run: windows are closed the way a person closes them instead.
     */
    private static void closeEveryWindowThenExit() {
        List<Window> open = new ArrayList<>(Window.getWindows());
        Collections.reverse(open);
        open.forEach(Window::hide);
        Platform.exit();
    }

    private static boolean windowShowing() throws InterruptedException {
        CompletableFuture<Boolean> showing = new CompletableFuture<>();
        try {
            // the main window, not the splash that may come before it
            Platform.runLater(() -> showing.complete(Window.getWindows().stream().anyMatch(window ->
                    window.isShowing() && window.getScene() != null
                            && "main-window".equals(window.getScene().getRoot().getId()))));
            return showing.get();
        } catch (IllegalStateException toolkitNotStartedYet) {
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }
}
