package org.shipshape.store.db;

import java.nio.file.Path;
import org.shipshape.model.safety.OpenFailure;

/** The database file could not be opened; {@link #reason()} says why in terms a person can act on. */
public class DatabaseOpenException extends StoreException {
    private final OpenFailure reason;
    private final Path file;
    private final ServerAddress server;

    public DatabaseOpenException(OpenFailure reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
        this.server = null;
    }

    public DatabaseOpenException(OpenFailure reason, ServerAddress server, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = null;
        this.server = server;
    }

    public OpenFailure reason() {
        return reason;
    }

    /** The file, or null when the database is on a server. */
    public Path file() {
        return file;
    }

    /** The server, or null for a file. */
    public ServerAddress server() {
        return server;
    }
}
