package org.shipshape.cli;

import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/** For commands nested at any depth: the root command's workspace. */
final class CommandSupport {
    private CommandSupport() {
    }

    static Workspace openWorkspace(CommandSpec spec) {
        return ((ShipshapeCommand) spec.root().userObject()).openWorkspace();
    }
}
