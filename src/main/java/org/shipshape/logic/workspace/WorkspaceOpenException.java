package org.shipshape.logic.workspace;

import java.nio.file.Path;
import org.shipshape.model.safety.OpenFailure;

/** The database could not be opened; the message is one plain sentence that says what to do. */
public class WorkspaceOpenException extends RuntimeException {
    private final OpenFailure reason;
    private final Path file;

    public WorkspaceOpenException(OpenFailure reason, Path file, String message) {
        this(reason, file, message, null);
    }

    public WorkspaceOpenException(OpenFailure reason, Path file, String message, Throwable cause) {
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
