package org.shipshape.logic.workspace;

import java.nio.file.Path;

/**
 * What the user chose when starting Shipshape.
 *
 * @param database the database file (the default one in the user's data folder unless --db was given)
 * @param server   the server database ({@code postgresql://user@host:5432/shipshape}) given with --db instead of a
 *                 file, or null for the file
 * @param readOnly open without changing anything
 * @param user     the volunteer's name for the change log, or null to ask once at start-up
 */
public record StartupOptions(Path database, String server, boolean readOnly, String user) {
    public StartupOptions(Path database, boolean readOnly, String user) {
        this(database, null, readOnly, user);
    }

    /** The server or the file, for the log. */
    public String location() {
        return server != null ? server : String.valueOf(database);
    }
}
