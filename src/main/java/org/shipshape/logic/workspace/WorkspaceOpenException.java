package org.shipshape.logic.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import org.shipshape.model.safety.OpenFailure;

/**
 * The database could not be opened; the message is one plain sentence that says what to do. Newer sentences are
 * catalogue {@link Message}s ({@link #text()}), rendered by the caller in the user's language; {@link #getMessage()}
 * renders them in the default locale's language for callers that show plain text.
 */
public class WorkspaceOpenException extends RuntimeException {
    private final OpenFailure reason;
    private final Path file;
    private final transient Message text;

    public WorkspaceOpenException(OpenFailure reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
        this.text = null;
    }

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

    /** The sentence as a catalogue message, when it is one. */
    public Optional<Message> text() {
        return Optional.ofNullable(text);
    }

    @Override
    public String getMessage() {
        return text == null ? super.getMessage() : Catalogue.of(Locale.getDefault()).render(text);
    }
}
