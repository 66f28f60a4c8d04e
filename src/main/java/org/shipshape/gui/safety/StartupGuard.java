package org.shipshape.gui.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.shipshape.gui.common.DialogService;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.safety.RestoreService;
import org.shipshape.logic.task.Futures;
import org.shipshape.logic.workspace.DamagedDatabaseException;
import org.shipshape.logic.workspace.StartupOptions;
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

    /** The file or the server database the user chose at start; empty when nothing could be opened. */
    public Optional<Workspace> open(StartupOptions options) {
        return open(options, () -> attempt(options));
    }

    /**
     * As {@link #open(StartupOptions)}, with the first try already started elsewhere ({@link #attempt} on another
     * thread while the window's toolkit starts): its failure is explained and offered for as if it happened here.
     */
    public Optional<Workspace> open(StartupOptions options, CompletableFuture<Workspace> firstAttempt) {
        return open(options, () -> Futures.result(firstAttempt, CompletionException::new));
    }

    /** One plain try at opening what the user chose, with nothing shown: failures are thrown as they come. */
    public static Workspace attempt(StartupOptions options) {
        return options.server() == null ? Workspace.open(options.database(), options.readOnly(), options.user())
                : Workspace.openServer(options.server(), options.readOnly(), options.user());
    }

    private Optional<Workspace> open(StartupOptions options, Supplier<Workspace> firstAttempt) {
        if (options.server() == null) {
            return open(options.database(), options.readOnly(), options.user(), firstAttempt);
        }
        try {
            return Optional.of(firstAttempt.get());
        } catch (WorkspaceOpenException e) {
            dialogs.showError(e.getMessage(), e);
            return Optional.empty();
        }
    }

    /** The opened workspace, or empty when the user chose to quit or nothing could be opened. */
    public Optional<Workspace> open(Path database, boolean readOnly, String user) {
        return open(database, readOnly, user, () -> Workspace.open(database, readOnly, user));
    }

    private Optional<Workspace> open(Path database, boolean readOnly, String user, Supplier<Workspace> firstAttempt) {
        Optional<Workspace> workspace = openOrOffer(database, user, firstAttempt);
        workspace.ifPresent(w -> w.warnings().forEach(warning ->
                dialogs.showInformation(text.get("warning.title"), text.render(warning))));
        return workspace;
    }

    private Optional<Workspace> openOrOffer(Path database, boolean readOnly, String user) {
        return openOrOffer(database, user, () -> Workspace.open(database, readOnly, user));
    }

    private Optional<Workspace> openOrOffer(Path database, String user, Supplier<Workspace> attempt) {
        try {
            return Optional.of(attempt.get());
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
