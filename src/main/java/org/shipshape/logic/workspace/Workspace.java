package org.shipshape.logic.workspace;

import org.shipshape.model.safety.OpenFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.shipshape.store.safety.StorageLocation;

/**
 * An open warehouse database plus who is working on it. Feature services (intake, packing, ...) are built on
 * a workspace; the user interface never sees the database itself.
 *
 * <p>Opening for writing takes the database's writer lock first (one writer per file, see docs/RELIABILITY.md),
 * and a damaged file is moved aside untouched before the error reaches the user, with the latest good backup
 * named. Read-only opening takes no lock and never changes a file.
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
     *
     * @throws WorkspaceInUseException  when another Shipshape has it open for writing
     * @throws DamagedDatabaseException when the file is damaged; it has been moved aside (not in read-only mode)
     * @throws WorkspaceOpenException   when the file cannot be used for another reason; nothing was changed
     */
    public static Workspace open(Path file, boolean readOnly, String user) {
        Path absolute = file.toAbsolutePath().normalize();
        String who = user == null ? defaultUser() : user;
        boolean existed = Files.exists(absolute);
        DatabaseLock lock = readOnly ? null : acquireWriterLock(absolute, who);
        try {
            Database database = Database.open(absolute, readOnly ? Database.Mode.READ_ONLY : Database.Mode.READ_WRITE,
                    Migrator.bundled());
            return new Workspace(database, lock, who, warnings(absolute, existed));
        } catch (DatabaseOpenException e) {
            WorkspaceOpenException translated = translate(e, readOnly);
            release(lock, translated);
            throw translated;
        } catch (RuntimeException e) {
            release(lock, e);
            throw e;
        }
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
        } catch (IOException e) {
            throw new WorkspaceOpenException(OpenFailure.READ_ONLY, file,
                    "Shipshape cannot write in " + folder + ", where the database is; make the folder writable or"
                            + " open the database read-only.", e);
        }
    }

    private static WorkspaceOpenException translate(DatabaseOpenException e, boolean readOnly) {
        OpenFailure reason = e.reason();
        boolean damaged = e.reason() == OpenFailure.CORRUPT
                || e.reason() == OpenFailure.NOT_A_DATABASE;
        if (!damaged) {
            return new WorkspaceOpenException(reason, e.file(), e.getMessage(), e);
        }
        if (readOnly) {
            return new WorkspaceOpenException(reason, e.file(), e.getMessage() + " Start Shipshape without"
                    + " --read-only to set the file aside and restore the latest good backup.", e);
        }
        try {
            Path movedTo = DatabaseFiles.moveAside(e.file(), DatabaseFiles.damagedFolderOf(e.file()),
                    LocalDateTime.now());
            BackupEntry backup = BackupFolder.latestGood(e.file()).orElse(null);
            return new DamagedDatabaseException(reason, e.file(), movedTo, backup, damagedSentence(e, movedTo, backup),
                    e);
        } catch (IOException moveFailure) {
            e.addSuppressed(moveFailure);
            return new WorkspaceOpenException(reason, e.file(), e.getMessage() + " It could not be moved aside ("
                    + moveFailure.getMessage() + "); copy it somewhere safe before anything else.", e);
        }
    }

    private static String damagedSentence(DatabaseOpenException e, Path movedTo, BackupEntry backup) {
        String what = e.reason() == OpenFailure.NOT_A_DATABASE
                ? "is not a Shipshape database (or is damaged beyond recognition)" : "is damaged";
        String start = "The database " + e.file() + " " + what + "; it was moved untouched to " + movedTo + ".";
        if (backup == null) {
            return start + " No good backup was found; starting Shipshape again creates an empty database.";
        }
        String db = e.file().equals(AppPaths.defaultDatabase()) ? "" : " --db \"" + e.file() + "\"";
        return start + " Restore the latest good backup (" + backup.takenAt().toString().replace('T', ' ')
                + ") with: shipshape" + db + " restore \"" + backup.file() + "\"";
    }

    private static List<String> warnings(Path file, boolean existed) {
        List<String> warnings = new ArrayList<>();
        if (StorageLocation.isOnNetworkShare(file)) {
            warnings.add("The database " + file + " is on a network share, where SQLite cannot keep it safe"
                    + " (shared memory and file locks do not work reliably there); move it to a local disk and"
                    + " share backups instead.");
        }
        if (!existed && Files.isDirectory(DatabaseFiles.damagedFolderOf(file))) {
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
