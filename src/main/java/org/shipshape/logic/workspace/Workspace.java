package org.shipshape.logic.workspace;

import org.shipshape.model.safety.OpenFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.WarehouseCounts;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.store.db.AppPaths;
import org.shipshape.store.db.CountsRepository;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.DatabaseOpenException;
import org.shipshape.store.db.InvalidServerAddressException;
import org.shipshape.store.db.ServerAddress;
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
    private final List<Message> warnings;
    private volatile String user;

    private Workspace(Database database, DatabaseLock writerLock, String user, List<Message> warnings) {
        this.database = database;
        this.writerLock = writerLock;
        this.user = user;
        this.warnings = List.copyOf(warnings);
        database.setChangedBy(user);
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
            List<Message> warnings = warnings(real, content == DatabaseFiles.Content.MISSING);
            if (hardLinked) {
                warnings.add(0, hardLinkSentence(real));
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
     * Opens a warehouse database on a PostgreSQL server ({@code postgresql://user@host:5432/shipshape}), bringing its
     * schema to this app's version. Nothing of the file machinery applies there: no writer lock (the server has many
     * writers), no backups by file copy (the server's own backups cover it, docs/decisions/0010).
     *
     * @throws WorkspaceOpenException naming the server and what to do: a wrong address, a server that does not
     *                                answer, a login refused, a newer schema
     */
    public static Workspace openServer(String address, boolean readOnly, String user) {
        return openServer(address, null, readOnly, user);
    }

    /**
     * As {@link #openServer(String, boolean, String)}, with a password typed by the user, used only when neither
     * {@code PGPASSWORD} nor the password file gives one and kept in memory only (to reconnect).
     */
    public static Workspace openServer(String address, char[] typedPassword, boolean readOnly, String user) {
        ServerAddress server = parseServer(address);
        try {
            Database database = Database.openServer(server, typedPassword, readOnly ? Database.Mode.READ_ONLY
                    : Database.Mode.READ_WRITE, Migrator.bundled());
            return new Workspace(database, null, user == null ? defaultUser() : user, List.of());
        } catch (DatabaseOpenException e) {
            throw new WorkspaceOpenException(e.reason(), null, serverSentence(e, server), e);
        }
    }

    /**
     * Connects to the server and logs in without opening the warehouse (nothing is created or upgraded), to tell the
     * user before opening whether the address, the password and the rights are right.
     *
     * @throws WorkspaceOpenException naming what is wrong and what to do, as {@link #openServer} does
     */
    public static void checkServer(String address, char[] typedPassword) {
        ServerAddress server = parseServer(address);
        try {
            Database.checkServer(server, typedPassword, Migrator.bundled());
        } catch (DatabaseOpenException e) {
            throw new WorkspaceOpenException(e.reason(), null, serverSentence(e, server), e);
        }
    }

    private static ServerAddress parseServer(String address) {
        try {
            return ServerAddress.parse(address);
        } catch (InvalidServerAddressException e) {
            throw new WorkspaceOpenException(OpenFailure.OTHER, null, e.text(), e);
        }
    }

    /** The sentence for a server that could not be used: unreachable, a login refused, no such database, ... */
    public static Message serverSentence(DatabaseOpenException e, ServerAddress server) {
        String address = server.toString();
        return switch (e.reason()) {
            case SERVER_UNREACHABLE -> Message.of("workspace.server.unreachable", address);
            case LOGIN_REFUSED -> Message.of("workspace.server.loginRefused", server.user(), address);
            case PASSWORD_NEEDED -> Message.of("workspace.server.passwordNeeded", server.user(), address);
            case NO_RIGHTS -> Message.of("workspace.server.noRights", server.user(), server.database());
            case TLS_NOT_OFFERED -> Message.of("workspace.server.tlsNotOffered", address,
                    server.options().get("sslmode"));
            case TLS_NOT_TRUSTED -> Message.of("workspace.server.tlsNotTrusted", address,
                    server.options().getOrDefault("sslmode", "prefer"));
            case CANNOT_CREATE -> Message.of("workspace.server.noDatabase", server.database(), address);
            case NEWER_THAN_APP -> Message.of("workspace.server.newer", address);
            case READ_ONLY -> Message.of("workspace.server.needsUpgrade", address);
            default -> Message.of("workspace.server.failed", address,
                    e.getCause() == null ? e.getMessage() : String.valueOf(e.getCause().getMessage()));
        };
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
            // before the lock and the hard-link check: a folder's link count is its subfolders, not other names
            case FOLDER -> throw new WorkspaceOpenException(OpenFailure.CANNOT_CREATE, file,
                    Message.of("workspace.open.isFolder", file.toString()), null);
            default -> {
                // MISSING is created, SQLITE is checked by Database.open
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
            return new WorkspaceOpenException(reason, file, withAdvice, backup, cause);
        }
        return new DamagedDatabaseException(reason, file, backup, DatabaseFiles.damagedFolderOf(file), withAdvice,
                cause);
    }

    /**
     * "The latest good backup is from DATE; restoring it first moves the file, untouched, to FOLDER". How to restore
     * is the caller's: a button in the window, a command on the command line.
     */
    private static Message restoreAdvice(Path file, BackupEntry backup) {
        return Message.of("workspace.restoreAdvice", DatabaseFiles.damagedFolderOf(file).toString(),
                backup.takenAt());
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
            Message holder = e.holder().user().isBlank() ? Message.of("workspace.holder.unnamed")
                    : Message.of("workspace.holder.named", WorkspaceInUseException.describe(e.holder(),
                            ZoneId.systemDefault()));
            throw new WorkspaceOpenException(OpenFailure.IN_USE, file, Message.of("workspace.foreignLockFile",
                    file.getFileName().toString(), e.lockFile().toString(), e.owner().isBlank() ? "?" : e.owner(),
                    holder), e);
        } catch (IOException e) {
            throw new WorkspaceOpenException(OpenFailure.READ_ONLY, file,
                    Message.of("workspace.open.lockFolderNotWritable", folder.toString()), e);
        }
    }

    private static WorkspaceOpenException translate(DatabaseOpenException e, boolean readOnly) {
        OpenFailure reason = e.reason();
        if (reason != OpenFailure.CORRUPT && reason != OpenFailure.NOT_A_DATABASE) {
            return new WorkspaceOpenException(reason, e.file(), whyNotOpened(e, readOnly), e);
        }
        return damaged(reason, e.file(), Message.of("workspace.damaged", e.file().toString()), readOnly, e);
    }

    /**
     * The sentence for a database the store could not open. The store's own text is English for the log; the
     * failure and the file say which sentence the user needs.
     */
    private static Message whyNotOpened(DatabaseOpenException e, boolean readOnly) {
        Path file = e.file();
        String name = file.toString();
        Path folder = file.toAbsolutePath().getParent();
        return switch (e.reason()) {
            case NEWER_THAN_APP -> Message.of("workspace.open.newer", name);
            case LOCKED -> Message.of("workspace.open.locked", name);
            case DISK_FULL -> Message.of("workspace.open.diskFull", name);
            case READ_ONLY -> e.getCause() != null ? Message.of("workspace.open.cannotWrite", name)
                    : readOnly ? Message.of("workspace.open.readOnlyNeedsUpgrade", name)
                    : Message.of("workspace.open.fileReadOnly", name);
            case CANNOT_CREATE -> Files.isDirectory(file) ? Message.of("workspace.open.isFolder", name)
                    : readOnly && !Files.exists(file) ? Message.of("workspace.open.missingReadOnly", name)
                    : folder == null || !Files.isDirectory(folder)
                            ? Message.of("workspace.open.noFolder", String.valueOf(folder))
                            : Message.of("workspace.open.folderNotWritable", folder.toString());
            default -> Message.of("workspace.open.other", name, e.getCause() == null
                    ? String.valueOf(e.getMessage()) : String.valueOf(e.getCause().getMessage()));
        };
    }

    private static List<Message> warnings(Path file, boolean created) {
        List<Message> warnings = new ArrayList<>();
        if (StorageLocation.isOnNetworkShare(file)) {
            warnings.add(Message.of("workspace.networkShare", file.toString()));
        }
        if (created && Files.isDirectory(DatabaseFiles.damagedFolderOf(file))) {
            warnings.add(Message.of("workspace.newBesideDamaged", DatabaseFiles.damagedFolderOf(file).toString()));
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

    /** True when the text given for the database names a server ({@code postgresql://...}) rather than a file. */
    public static boolean isServerAddress(String text) {
        return ServerAddress.isServerAddress(text);
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

    /** The SQLite file, or null when the warehouse is on a server ({@link #isOnServer()}). */
    public Path file() {
        return database.file();
    }

    /**
     * The folder where files made for this warehouse go by default (labels): beside the database file, or for a
     * server the user's data folder.
     */
    public Path outputFolder() {
        return isOnServer() ? AppPaths.defaultDatabase().getParent() : file().toAbsolutePath().getParent();
    }

    /** True when the warehouse is on a PostgreSQL server that several stations share. */
    public boolean isOnServer() {
        return database.isOnServer();
    }

    /** The file or the server, as the user named it, for titles and messages. */
    public String location() {
        return database.location();
    }

    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    /** What to tell once after opening (network share, a new database beside damaged files); often empty. */
    public List<Message> warnings() {
        return warnings;
    }

    public String user() {
        return user;
    }

    public void setUser(String user) {
        this.user = Objects.requireNonNull(user, "user");
        database.setChangedBy(user);
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
