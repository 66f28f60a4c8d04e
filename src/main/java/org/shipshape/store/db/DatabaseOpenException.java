package org.shipshape.store.db;

import java.nio.file.Path;
import org.shipshape.model.safety.OpenFailure;

/** The database file could not be opened; {@link #reason()} says why in terms a person can act on. */
public class DatabaseOpenException extends StoreException {
    private final OpenFailure reason;
    private final Path file;

    public DatabaseOpenException(OpenFailure reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public OpenFailure reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
