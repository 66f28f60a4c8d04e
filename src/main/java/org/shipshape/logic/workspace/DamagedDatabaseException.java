package org.shipshape.logic.workspace;

import java.nio.file.Path;
import org.shipshape.model.safety.OpenFailure;
import java.util.Optional;
import org.shipshape.model.safety.BackupEntry;

/**
 * The database file was damaged (or not a database at all). Its file set has been moved, untouched, to
 * {@link #movedTo()}; {@link #latestGoodBackup()} is the backup to offer.
 */
public final class DamagedDatabaseException extends WorkspaceOpenException {
    private final Path movedTo;
    private final BackupEntry latestGoodBackup;

    public DamagedDatabaseException(OpenFailure reason, Path file, Path movedTo, BackupEntry latestGoodBackup,
                                    String message, Throwable cause) {
        super(reason, file, message, cause);
        this.movedTo = movedTo;
        this.latestGoodBackup = latestGoodBackup;
    }

    public Path movedTo() {
        return movedTo;
    }

    public Optional<BackupEntry> latestGoodBackup() {
        return Optional.ofNullable(latestGoodBackup);
    }
}
