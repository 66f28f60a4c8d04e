package org.shipshape;

import org.shipshape.bench.BenchCommand;
import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.gui.app.ShipshapeApp;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine;

/**
 * The jar's main class. It does not extend {@code Application}, so JavaFX starts correctly from a plain class
 * path; without arguments it opens the window, otherwise it runs a command and exits with its code.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("shipshape.log.dir") == null) {
            System.setProperty("shipshape.log.dir", Workspace.defaultDatabase().getParent().toString());
        }
        CommandLine commandLine = ShipshapeCommand.commandLine(ShipshapeApp::launch);
        // bench sits outside the layers (it drives gui and logic), so the command line does not know it itself
        commandLine.addSubcommand(new BenchCommand());
        commandLine.addSubcommand(new org.shipshape.bench.ScreensCommand());
        int exitCode = commandLine.execute(args);
        System.exit(exitCode);
    }
}
