package org.shipshape.logic.workspace;

import java.nio.file.Path;

/**
 * What the user chose when starting Shipshape.
 *
 * @param database the database file (the default one in the user's data folder unless --db was given)
 * @param readOnly open without changing anything
 * @param user     the volunteer's name for the change log, or null to ask once at start-up
 */
public record StartupOptions(Path database, boolean readOnly, String user) {
}
