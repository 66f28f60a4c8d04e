package org.shipshape;

import org.shipshape.cli.ShipshapeCommand;
import org.shipshape.gui.app.ShipshapeApp;
import org.shipshape.logic.workspace.Workspace;

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
        int exitCode = ShipshapeCommand.commandLine(ShipshapeApp::launch).execute(args);
        System.exit(exitCode);
    }
}
