package org.shipshape.logic.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.BackupCheck;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.BackupKind;
import org.shipshape.store.db.BackupNaming;
import org.shipshape.store.safety.BackupFolder;
import org.shipshape.store.safety.SqliteBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of an open workspace: into {@code backups/} beside the database (checked, owner-only, rotated by
 * {@link RotationPolicy}) or to any file the user names (a USB stick). A read-only workspace is never backed up
 * into its folder, since read-only means nothing is written there.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    /** An automatic backup is due when the newest automatic one is older than this. */
    public static final Duration DAILY = Duration.ofHours(24);

    private final Workspace workspace;
    private final Clock clock;
    private final RotationPolicy rotation;

    public BackupService(Workspace workspace) {
        this(workspace, Clock.systemDefaultZone(), RotationPolicy.standard());
    }

    public BackupService(Workspace workspace, Clock clock, RotationPolicy rotation) {
        this.workspace = workspace;
        this.clock = clock;
        this.rotation = rotation;
    }

    /** Takes a checked backup into the backups folder, then deletes the backups rotation no longer keeps. */
    public BackupEntry backup(BackupKind kind) {
        if (workspace.isReadOnly()) {
            throw new UserInputException(Message.of("safety.backup.readOnly"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path target;
        try {
            target = BackupNaming.newTarget(workspace.file(), kind.label(), now);
        } catch (IOException e) {
            throw new UserInputException(Message.of("safety.backup.noFolder",
                    BackupNaming.folderOf(workspace.file()).toString(), String.valueOf(e.getMessage())));
        }
        SqliteBackup.write(workspace.database(), target);
        LOG.info("Backup {} written and checked", target);
        rotate(target);
        return list(workspace.file()).stream().filter(b -> b.file().equals(target)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The backup " + target + " vanished after writing"));
    }

    /** Writes a checked backup to a file of the user's choosing (not rotated); returns the check result. */
    public BackupCheck backupTo(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(workspace.file())) {
            throw new UserInputException(Message.of("safety.backup.isTheDatabase", absolute.toString()));
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException(Message.of("safety.backup.missingFolder", String.valueOf(folder)));
        }
        return SqliteBackup.write(workspace.database(), absolute);
    }

    /** Takes a {@link BackupKind#DAILY} backup when the newest automatic backup is older than a day. */
    public Optional<BackupEntry> backupIfDue() {
        if (workspace.isReadOnly() || !isDue()) {
            return Optional.empty();
        }
        return Optional.of(backup(BackupKind.DAILY));
    }

    public boolean isDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        return list(workspace.file()).stream().filter(b -> b.kind().rotated())
                .noneMatch(b -> b.takenAt().isAfter(now.minus(DAILY)));
    }

    /**
     * Deletes the automatic backups the rotation policy no longer keeps, never the one just taken (two backups
     * stamped in the same second are otherwise a tie); returns what was deleted.
     */
    public List<BackupEntry> rotate(Path justTaken) {
        List<BackupEntry> deleted = new ArrayList<>();
        for (BackupEntry old : rotation.toDelete(list(workspace.file()))) {
            if (old.file().equals(justTaken)) {
                continue;
            }
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old);
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", old.file(), e);
            }
        }
        return deleted;
    }

    public List<BackupEntry> list() {
        return list(workspace.file());
    }

    /** The backups of a database, newest first. */
    public static List<BackupEntry> list(Path database) {
        return BackupFolder.list(database);
    }

    /** {@code integrity_check} (and "is it a Shipshape database") of a backup file, without changing it. */
    public static BackupCheck check(Path backup) {
        return SqliteBackup.check(backup);
    }

    /** The newest backup that passes its check. */
    public static Optional<BackupEntry> latestGood(Path database) {
        return BackupFolder.latestGood(database);
    }
}
