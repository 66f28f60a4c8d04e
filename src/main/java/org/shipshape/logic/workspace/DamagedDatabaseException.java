package org.shipshape.logic.workspace;

import java.nio.file.Path;
import org.shipshape.model.common.Message;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.OpenFailure;

/**
 * The database file is damaged, empty or not a database at all, and a backup may bring the data back. Nothing
 * was changed or moved: only a restore the user chooses ({@code shipshape restore}, or "Restore this backup" in
 * the window) moves the damaged file set aside, untouched, to {@code damaged/}. {@link #latestGoodBackup()} is the
 * backup to offer.
 */
public final class DamagedDatabaseException extends WorkspaceOpenException {
    private final Path setAsideFolder;

    public DamagedDatabaseException(OpenFailure reason, Path file, BackupEntry latestGoodBackup, Path setAsideFolder,
                                    Message message, Throwable cause) {
        super(reason, file, message, latestGoodBackup, cause);
        this.setAsideFolder = setAsideFolder;
    }

    /** Where a restore moves the damaged file set, untouched ({@code damaged/} beside the database). */
    public Path setAsideFolder() {
        return setAsideFolder;
    }
}
