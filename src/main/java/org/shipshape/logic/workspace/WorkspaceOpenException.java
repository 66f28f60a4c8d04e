package org.shipshape.logic.workspace;

import java.nio.file.Path;

/** The database could not be opened; the message is one plain sentence that says what to do. */
public class WorkspaceOpenException extends RuntimeException {
    public enum Reason {
        NOT_A_DATABASE, CORRUPT, NEWER_THAN_APP, READ_ONLY, CANNOT_CREATE, LOCKED, OTHER
    }

    private final Reason reason;
    private final Path file;

    public WorkspaceOpenException(Reason reason, Path file, String message, Throwable cause) {
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
