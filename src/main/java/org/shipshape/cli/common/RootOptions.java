package org.shipshape.cli.common;

import java.nio.file.Path;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;

/**
 * What every command takes from the top-level {@code shipshape} command: the database to open and who works on it.
 * Commands see this interface, not the top-level command, so the command packages do not depend on each other.
 */
public interface RootOptions {
    /** Opens the database named by --db (or the default one) as --read-only says; the caller closes it. */
    Workspace openWorkspace();

    /** Opens the database read-only whatever --read-only says, for commands that never write. */
    Workspace openWorkspaceReadOnly();

    /**
     * For commands that only read: read-only when the database file exists and needs no upgrade (no writer lock, so
     * it also works while the window has the file open, and it starts faster); otherwise as {@link #openWorkspace()},
     * which creates or upgrades it.
     */
    Workspace openWorkspaceToRead();

    Path databaseFile();

    boolean readOnly();

    String userName();

    boolean verbose();

    /** The texts in the language of --lang (default: the system's), to render messages and print output. */
    Catalogue text();
}
