package org.shipshape.logic.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.OpenFailure;

/**
 * The database could not be opened; {@link #text()} is one sentence that says what to do, rendered by the caller in
 * the user's language. {@link #getMessage()} renders it in the default locale's language (for the log and for
 * callers that show plain text). When a backup could bring the data back, {@link #latestGoodBackup()} names it: the
 * window offers to restore it, the command line names the command that does (the sentence itself names neither, so
 * it suits both).
 */
public class WorkspaceOpenException extends RuntimeException {
    private final OpenFailure reason;
    private final Path file;
    private final transient Message text;
    private final transient BackupEntry latestGoodBackup;

    public WorkspaceOpenException(OpenFailure reason, Path file, Message text, Throwable cause) {
        this(reason, file, text, null, cause);
    }

    /** @param latestGoodBackup the backup that could bring the data back, or null */
    public WorkspaceOpenException(OpenFailure reason, Path file, Message text, BackupEntry latestGoodBackup,
                                  Throwable cause) {
        super(text.key(), cause);
        this.reason = reason;
        this.file = file;
        this.text = text;
        this.latestGoodBackup = latestGoodBackup;
    }

    public Optional<BackupEntry> latestGoodBackup() {
        return Optional.ofNullable(latestGoodBackup);
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
