package org.shipshape;

import java.util.Map;
import org.shipshape.bench.BenchCommand;
import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.gui.app.ShipshapeApp;
import org.shipshape.store.db.SqliteNativeLibrary;
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

    public static void main(String[] args) {
        SqliteNativeLibrary.useCachedCopy();
        // bench sits outside the layers (it drives gui and logic), so the command line does not know it itself
        CommandLine commandLine = ShipshapeCommand.commandLine(args, options -> ShipshapeApp.launch(options),
                Map.of("bench", BenchCommand.class));
        int exitCode = commandLine.execute(args);
        System.exit(exitCode);
    }
}
