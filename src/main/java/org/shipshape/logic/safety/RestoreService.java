package org.shipshape.logic.safety;

import org.shipshape.model.safety.OpenFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceInUseException;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.shipshape.model.safety.BackupCheck;
import org.shipshape.store.db.AtomicFiles;
import org.shipshape.store.db.BackupNaming;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Migrator;
import org.shipshape.store.db.StoreException;
import org.shipshape.store.safety.DatabaseFiles;
import org.shipshape.store.safety.DatabaseInUseException;
import org.shipshape.store.safety.DatabaseLock;
import org.shipshape.store.safety.SqliteBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back in place of the database, losing nothing: the backup is checked first; the current
 * database is backed up ({@code backups/<stem>-before-restore-...db}) or, when it cannot be read, moved aside
 * untouched to {@code damaged/}; the backup is copied to a temporary file beside the database and renamed over
 * it. All of it happens under the writer lock with no connection open.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    /**
     * @param safetyBackup the backup of the replaced database, or null when there was none or it was unreadable
     * @param movedAside   where the replaced (damaged) file set was moved, or null
     */
    public record Result(Path database, Path restoredFrom, Path safetyBackup, Path movedAside) {
    }

    private RestoreService() {
    }

    /** Restores into a database that is not open in this process (command line, or after a damaged start). */
    public static Result restore(Path database, Path backup, String user, Clock clock) {
        Path file = DatabaseFiles.identity(database);
        requireRestorable(backup);
        try (DatabaseLock lock = DatabaseLock.acquire(file, user)) {
            return restoreLocked(file, backup.toAbsolutePath().normalize(), clock);
        } catch (DatabaseInUseException e) {
            throw new WorkspaceInUseException(file, e.holder(), e);
        } catch (IOException e) {
            throw new WorkspaceOpenException(OpenFailure.READ_ONLY, file, Message.of("safety.restore.cannotWrite",
                    file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Restores into the database the workspace has open: closes it, restores and returns the reopened workspace.
     * The writer lock is kept throughout, so no other Shipshape can slip in between.
     */
    public static Workspace restoreAndReopen(Workspace current, Path backup, Clock clock) {
        if (current.isReadOnly()) {
            throw new UserInputException(Message.of("safety.restore.readOnly"));
        }
        requireRestorable(backup);
        Path file = current.file();
        String user = current.user();
        try (DatabaseLock keepsTheLock = DatabaseLock.acquire(file, user)) {
            current.close();
            restoreLocked(file, backup.toAbsolutePath().normalize(), clock);
            return Workspace.open(file, false, user);
        } catch (IOException e) {
            throw new WorkspaceOpenException(OpenFailure.OTHER, file, Message.of("safety.restore.lockFailed",
                    file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private static void requireRestorable(Path backup) {
        BackupCheck check = SqliteBackup.check(backup);
        if (!check.ok()) {
            throw new UserInputException(Message.of("safety.restore.badBackup", backup.toString(),
                    String.join("; ", check.findings())));
        }
    }

    private static Result restoreLocked(Path file, Path backup, Clock clock) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        Path safetyBackup = null;
        Path movedAside = null;
        if (DatabaseFiles.inspect(file) == DatabaseFiles.Content.SQLITE) {
            safetyBackup = backUpCurrent(file, now);
            if (safetyBackup == null || DatabaseFiles.hasCompanions(file)) {
                movedAside = DatabaseFiles.moveAside(file, DatabaseFiles.damagedFolderOf(file), now);
            }
        } else if (Files.exists(file) || DatabaseFiles.hasCompanions(file)) {
            movedAside = DatabaseFiles.moveAside(file, DatabaseFiles.damagedFolderOf(file), now);
        }
        Path temp = file.resolveSibling("." + file.getFileName() + ".restoring");
        Files.deleteIfExists(temp);
        try {
            SqliteBackup.copyClosed(backup, temp);
            AtomicFiles.moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
        LOG.info("Restored {} from {} (safety backup {}, moved aside {})", file, backup, safetyBackup, movedAside);
        return new Result(file, backup, safetyBackup, movedAside);
    }

    /**
     * Backs up the database about to be replaced. It is opened for writing (the lock is ours), so closing it
     * folds its {@code -wal} into the file and removes it; a stale {@code -wal} must never meet the restored file.
     * Returns null when the current file cannot be read (it is damaged); it is then moved aside instead.
     */
    private static Path backUpCurrent(Path file, LocalDateTime now) throws IOException {
        Path target = BackupNaming.newTarget(file, "before-restore", now);
        try (Database current = Database.open(file, Database.Mode.READ_WRITE, Migrator.bundled())) {
            SqliteBackup.write(current, target);
            return target;
        } catch (StoreException e) {
            LOG.warn("The database {} being replaced could not be backed up; moving it aside", file, e);
            return null;
        }
    }
}
