package org.shipshape.gui.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.shipshape.gui.common.DialogService;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.safety.RestoreService;
import org.shipshape.logic.workspace.DamagedDatabaseException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceInUseException;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.shipshape.model.safety.BackupEntry;

/**
 * Opens the database for the window and talks the user through what can go wrong: another Shipshape has it
 * ("Open read-only" / "Quit"), the file is damaged ("Restore this backup" / "Quit"), it cannot be opened (one
 * sentence), or it lives on a network share (a warning).
 */
public final class StartupGuard {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final DialogService dialogs;
    private final Messages text = Messages.of(StartupGuard.class);
    private final Clock clock;

    public StartupGuard(DialogService dialogs, Clock clock) {
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** The opened workspace, or empty when the user chose to quit or nothing could be opened. */
    public Optional<Workspace> open(Path database, boolean readOnly, String user) {
        Optional<Workspace> workspace = openOrOffer(database, readOnly, user);
        workspace.ifPresent(w -> w.warnings().forEach(warning ->
                dialogs.showInformation(text.get("warning.title"), text.render(warning))));
        return workspace;
    }

    private Optional<Workspace> openOrOffer(Path database, boolean readOnly, String user) {
        try {
            return Optional.of(Workspace.open(database, readOnly, user));
        } catch (WorkspaceInUseException e) {
            boolean openReadOnly = dialogs.confirm(text.get("inUse.title", database.getFileName()),
                    text.get("inUse.text", database.getFileName(),
                            text.render(WorkspaceInUseException.describe(e.holder(), ZoneId.systemDefault()))),
                    text.get("inUse.readOnly"), text.get("inUse.quit"));
            return openReadOnly ? openOrOffer(database, true, user) : Optional.empty();
        } catch (DamagedDatabaseException e) {
            return offerBackup(e, database, user);
        } catch (WorkspaceOpenException e) {
            dialogs.showError(e.getMessage(), e);
            return Optional.empty();
        }
    }

    private Optional<Workspace> offerBackup(DamagedDatabaseException e, Path database, String user) {
        Optional<BackupEntry> backup = e.latestGoodBackup();
        if (backup.isEmpty()) {
            dialogs.showError(e.getMessage(), e);
            return Optional.empty();
        }
        BackupEntry entry = backup.get();
        boolean restore = dialogs.confirm(text.get("damaged.title"),
                text.get("damaged.text", e.file(), e.setAsideFolder(),
                        entry.takenAt().format(WHEN),
                        BackupSizes.readable(entry.sizeBytes()), entry.file()),
                text.get("damaged.restore"), text.get("damaged.quit"));
        if (!restore) {
            return Optional.empty();
        }
        try {
            RestoreService.restore(database, entry.file(), user == null ? System.getProperty("user.name") : user,
                    clock);
        } catch (RuntimeException failure) {
            dialogs.showError(text.get("damaged.restoreFailed", entry.file()), failure);
            return Optional.empty();
        }
        return openOrOffer(database, false, user);
    }
}
