package org.shipshape.store.db;

import java.nio.file.Path;

/** The database file could not be opened; {@link #reason()} says why in terms a person can act on. */
public class DatabaseOpenException extends StoreException {
    public enum Reason {
        NOT_A_DATABASE, CORRUPT, NEWER_THAN_APP, READ_ONLY, CANNOT_CREATE, LOCKED, DISK_FULL, OTHER
    }

    private final Reason reason;
    private final Path file;

    public DatabaseOpenException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
