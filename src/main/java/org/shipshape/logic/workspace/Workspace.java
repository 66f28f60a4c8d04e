package org.shipshape.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.shipshape.model.common.WarehouseCounts;
import org.shipshape.store.db.AppPaths;
import org.shipshape.store.db.CountsRepository;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.DatabaseOpenException;
import org.shipshape.store.db.Migrator;

/**
 * An open warehouse database plus who is working on it. Feature services (intake, packing, ...) are built on
 * a workspace; the user interface never sees the database itself.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private volatile String user;

    private Workspace(Database database, String user) {
        this.database = database;
        this.user = user;
    }

    /**
     * Opens the database, creating it (and, for the default location, its folder) when it does not exist yet.
     *
     * @throws WorkspaceOpenException when the file cannot be used; nothing was changed
     */
    public static Workspace open(Path file, boolean readOnly, String user) {
        try {
            return new Workspace(Database.open(file, readOnly ? Database.Mode.READ_ONLY : Database.Mode.READ_WRITE,
                    Migrator.bundled()), user == null ? defaultUser() : user);
        } catch (DatabaseOpenException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.valueOf(e.reason().name()), e.file(),
                    e.getMessage(), e);
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

    public String user() {
        return user;
    }

    public void setUser(String user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    @Override
    public void close() {
        database.close();
    }
}
