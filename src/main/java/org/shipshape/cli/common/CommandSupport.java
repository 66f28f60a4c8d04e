package org.shipshape.cli.common;

import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/** For commands nested at any depth: the root command's workspace. */
public final class CommandSupport {
    private CommandSupport() {
    }

    public static Workspace openWorkspace(CommandSpec spec) {
        return root(spec).openWorkspace();
    }

    /** {@link RootOptions#openWorkspaceToRead()}: for commands that only read. */
    public static Workspace openWorkspaceToRead(CommandSpec spec) {
        return root(spec).openWorkspaceToRead();
    }

    /** The texts in the language of --lang: {@code text(spec).render(message)}, {@code text(spec).text(key)}. */
    public static Catalogue text(CommandSpec spec) {
        return root(spec).text();
    }

    private static RootOptions root(CommandSpec spec) {
        return (RootOptions) spec.root().userObject();
    }
}
