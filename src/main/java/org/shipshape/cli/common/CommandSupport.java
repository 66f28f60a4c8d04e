package org.shipshape.cli.common;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/** For commands nested at any depth: the root command's workspace. */
public final class CommandSupport {
    private CommandSupport() {
    }

    public static Workspace openWorkspace(CommandSpec spec) {
        return ((RootOptions) spec.root().userObject()).openWorkspace();
    }
}
