package org.shipshape.logic.workspace;

import java.nio.file.Path;
import java.util.Locale;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import org.shipshape.model.safety.OpenFailure;

/**
 * The database could not be opened; {@link #text()} is one sentence that says what to do, rendered by the caller in
 * the user's language. {@link #getMessage()} renders it in the default locale's language (for the log and for
 * callers that show plain text).
 */
public class WorkspaceOpenException extends RuntimeException {
    private final OpenFailure reason;
    private final Path file;
    private final transient Message text;

    public WorkspaceOpenException(OpenFailure reason, Path file, Message text, Throwable cause) {
        super(text.key(), cause);
        this.reason = reason;
        this.file = file;
        this.text = text;
    }

    public OpenFailure reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** The sentence as a catalogue message. */
    public Message text() {
        return text;
    }

    @Override
    public String getMessage() {
        return Catalogue.of(Locale.getDefault()).render(text);
    }
}
