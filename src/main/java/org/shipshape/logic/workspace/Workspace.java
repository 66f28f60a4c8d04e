package org.shipshape.logic.workspace;

import org.shipshape.model.safety.OpenFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.WarehouseCounts;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.store.db.AppPaths;
import org.shipshape.store.db.CountsRepository;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.DatabaseOpenException;
import org.shipshape.store.db.Migrator;
import org.shipshape.store.safety.BackupFolder;
import org.shipshape.store.safety.DatabaseFiles;
import org.shipshape.store.safety.DatabaseInUseException;
import org.shipshape.store.safety.DatabaseLock;
import org.shipshape.store.safety.ForeignLockFileException;
import org.shipshape.store.safety.StorageLocation;

/**
 * An open warehouse database plus who is working on it. Feature services (intake, packing, ...) are built on
 * a workspace; the user interface never sees the database itself.
 *
 * <p>Opening for writing takes the database's writer lock first (one writer per file, see docs/RELIABILITY.md).
 * A file that is not a sound database is never changed or moved by opening it: the error names the latest good
 * backup and the restore that sets the file aside. Read-only opening takes no lock and never changes a file.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final DatabaseLock writerLock;
    private final List<String> warnings;
    private volatile String user;

    private Workspace(Database database, DatabaseLock writerLock, String user, List<String> warnings) {
        this.database = database;
        this.writerLock = writerLock;
        this.user = user;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Opens the database, creating it (and, for the default location, its folder) when it does not exist yet.
     * Whatever path reaches the file (a symbolic link, a relative name), the workspace works on the real file, so
     * its lock, journal and backups are the same for every path.
     *
     * @throws WorkspaceInUseException  when another Shipshape has it open for writing
     * @throws DamagedDatabaseException when the file is damaged or empty and a backup may help; nothing was changed
     * @throws WorkspaceOpenException   when the file cannot be used for another reason; nothing was changed
     */
    public static Workspace open(Path file, boolean readOnly, String user) {
        Path real = DatabaseFiles.identity(file);
        String who = user == null ? defaultUser() : user;
        DatabaseFiles.Content content = DatabaseFiles.inspect(real);
        refuseUnopenable(real, content, readOnly);
        DatabaseLock lock = readOnly ? null : acquireWriterLock(real, who);
        try {
            boolean hardLinked = DatabaseFiles.linkCount(real) > 1;
            if (hardLinked && !readOnly) {
                throw new WorkspaceOpenException(OpenFailure.HARD_LINKED, real, hardLinkSentence(real), null);
            }
            Database database = Database.open(real, readOnly ? Database.Mode.READ_ONLY : Database.Mode.READ_WRITE,
                    Migrator.bundled());
            List<String> warnings = warnings(real, content == DatabaseFiles.Content.MISSING);
            if (hardLinked) {
                warnings.add(0, Catalogue.of(Locale.getDefault()).render(hardLinkSentence(real)));
            }
            return new Workspace(database, lock, who, warnings);
        } catch (DatabaseOpenException e) {
            WorkspaceOpenException translated = translate(e, readOnly);
            release(lock, translated);
            throw translated;
        } catch (RuntimeException e) {
            release(lock, e);
            throw e;
        }
    }

    /**
     * Files that are not a sound database are refused before anything (not even the lock) touches them: a file
     * that is not SQLite at all (a typo in --db) stays exactly as it was, and so does an empty one.
     */
    private static void refuseUnopenable(Path file, DatabaseFiles.Content content, boolean readOnly) {
        switch (content) {
            case NOT_SQLITE -> {
                BackupEntry backup = BackupFolder.latestGood(file).orElse(null);
                Message sentence = Message.of("workspace.notADatabase", file.toString());
                if (backup == null || readOnly) {
                    throw new WorkspaceOpenException(OpenFailure.NOT_A_DATABASE, file, sentence, null);
                }
                throw new DamagedDatabaseException(OpenFailure.NOT_A_DATABASE, file, backup,
                        DatabaseFiles.damagedFolderOf(file), Message.of("workspace.ifItWasYours", sentence,
                                restoreAdvice(file, backup)), null);
            }
            case EMPTY -> throw damaged(OpenFailure.EMPTY, file, Message.of("workspace.empty", file.toString()),
                    readOnly, null);
            case TRUNCATED_SQLITE -> throw damaged(OpenFailure.CORRUPT, file,
                    Message.of("workspace.truncated", file.toString()), readOnly, null);
            default -> {
                // MISSING is created, FOLDER is explained by Database.open, SQLITE is checked there
            }
        }
    }

    /** A damaged file, left as it is: the message names the latest good backup and the restore to run. */
    private static WorkspaceOpenException damaged(OpenFailure reason, Path file, Message sentence, boolean readOnly,
                                                  Throwable cause) {
        BackupEntry backup = BackupFolder.latestGood(file).orElse(null);
        if (backup == null) {
            return new WorkspaceOpenException(reason, file, Message.of("workspace.noGoodBackup", sentence), cause);
        }
        Message withAdvice = Message.of("workspace.sentenceThenAdvice", sentence, restoreAdvice(file, backup));
        if (readOnly) {
            return new WorkspaceOpenException(reason, file, withAdvice, cause);
        }
        return new DamagedDatabaseException(reason, file, backup, DatabaseFiles.damagedFolderOf(file), withAdvice,
                cause);
    }

    /** "A restore first moves ... Restore the latest good backup (DATE) with: shipshape restore "FILE"". */
    private static Message restoreAdvice(Path file, BackupEntry backup) {
        String db = file.equals(AppPaths.defaultDatabase()) ? "" : " --db \"" + file + "\"";
        return Message.of("workspace.restoreAdvice", DatabaseFiles.damagedFolderOf(file).toString(),
                backup.takenAt(), db, backup.file().toString());
    }

    private static Message hardLinkSentence(Path file) {
        return Message.of("workspace.hardLinked", file.toString(), DatabaseFiles.linkCount(file));
    }

    private static DatabaseLock acquireWriterLock(Path file, String user) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return null; // Database.open explains the missing folder
        }
        try {
            return DatabaseLock.acquire(file, user);
        } catch (DatabaseInUseException e) {
            throw new WorkspaceInUseException(file, e.holder(), e);
        } catch (ForeignLockFileException e) {
            String holder = e.holder().user().isBlank() ? ""
                    : " (" + WorkspaceInUseException.describe(e.holder(), ZoneId.systemDefault()) + ")";
            throw new WorkspaceOpenException(OpenFailure.IN_USE, file, Message.of("workspace.foreignLockFile",
                    file.getFileName().toString(), e.lockFile().toString(), e.owner().isBlank() ? "?" : e.owner(),
                    holder), e);
        } catch (IOException e) {
            throw new WorkspaceOpenException(OpenFailure.READ_ONLY, file,
                    "Shipshape cannot write in " + folder + ", where the database is; make the folder writable or"
                            + " open the database read-only.", e);
        }
    }

    private static WorkspaceOpenException translate(DatabaseOpenException e, boolean readOnly) {
        OpenFailure reason = e.reason();
        if (reason != OpenFailure.CORRUPT && reason != OpenFailure.NOT_A_DATABASE) {
            return new WorkspaceOpenException(reason, e.file(), e.getMessage(), e);
        }
        return damaged(reason, e.file(), Message.of("workspace.damaged", e.file().toString()), readOnly, e);
    }

    private static List<String> warnings(Path file, boolean created) {
        List<String> warnings = new ArrayList<>();
        if (StorageLocation.isOnNetworkShare(file)) {
            warnings.add("The database " + file + " is on a network share, where SQLite cannot keep it safe"
                    + " (shared memory and file locks do not work reliably there); move it to a local disk and"
                    + " share backups instead.");
        }
        if (created && Files.isDirectory(DatabaseFiles.damagedFolderOf(file))) {
            warnings.add("A new, empty database was created; earlier damaged files are kept in "
                    + DatabaseFiles.damagedFolderOf(file) + ". To get your data back, restore a backup.");
        }
        return warnings;
    }

    private static void release(DatabaseLock lock, Exception cause) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Creates the per-user data folder for the default database location if it is missing. */
    public static void prepareDefaultLocation(Path defaultDatabase) throws IOException {
        Path folder = defaultDatabase.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
    }

    public static Path defaultDatabase() {
        return AppPaths.defaultDatabase();
    }

    private static String defaultUser() {
        return System.getProperty("user.name", "unknown");
    }

    /** For logic services only; the store layer is not visible to the user interface. */
    public Database database() {
        return database;
    }

    public WarehouseCounts counts() {
        return new CountsRepository(database).counts();
    }

    public Path file() {
        return database.file();
    }

    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    /** Sentences to show once after opening (network share, a new database beside damaged files); often empty. */
    public List<String> warnings() {
        return warnings;
    }

    public String user() {
        return user;
    }

    public void setUser(String user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    /** Closes the database, then gives up the writer lock so another Shipshape may open it. */
    @Override
    public void close() {
        try {
            database.close();
        } finally {
            if (writerLock != null) {
                try {
                    writerLock.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not release the lock on " + file(), e);
                }
            }
        }
    }
}
