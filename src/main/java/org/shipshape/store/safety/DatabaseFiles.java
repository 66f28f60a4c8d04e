package org.shipshape.store.safety;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.store.db.AtomicFiles;

/**
 * The files that together make one SQLite database: the file itself and SQLite's {@code -wal}, {@code -shm} and
 * {@code -journal} companions. They are only ever moved together and never deleted: a {@code -wal} or
 * {@code -journal} file may hold committed changes that are not in the main file yet.
 */
public final class DatabaseFiles {
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter FOLDER_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatabaseFiles() {
    }

    /** The database file and its companions that exist right now, database first. */
    public static List<Path> existingSet(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        if (Files.exists(absolute)) {
            files.add(absolute);
        }
        for (String suffix : COMPANIONS) {
            Path companion = absolute.resolveSibling(absolute.getFileName() + suffix);
            if (Files.exists(companion)) {
                files.add(companion);
            }
        }
        return files;
    }

    /** True when a {@code -wal}, {@code -shm} or {@code -journal} file lies beside the database. */
    public static boolean hasCompanions(Path database) {
        List<Path> set = existingSet(database);
        return set.size() > (Files.exists(database) ? 1 : 0);
    }

    /**
     * Moves the whole file set, byte for byte untouched, into a new folder {@code <into>/<timestamp>/} and returns
     * that folder. Nothing is copied, rewritten or deleted. Must only be called while no connection is open.
     */
    public static Path moveAside(Path database, Path into, LocalDateTime at) throws IOException {
        Path base = into.resolve(at.format(FOLDER_STAMP));
        Path folder = base;
        for (int counter = 2; Files.exists(folder); counter++) {
            folder = into.resolve(base.getFileName() + "-" + counter);
        }
        AtomicFiles.createPrivateDirectories(into);
        Files.createDirectories(folder);
        AtomicFiles.restrictToOwner(folder);
        for (Path file : existingSet(database)) {
            Path target = folder.resolve(file.getFileName());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            }
        }
        return folder;
    }

    /** {@code damaged/} beside the database: where damaged file sets are kept. */
    public static Path damagedFolderOf(Path database) {
        return database.toAbsolutePath().normalize().resolveSibling("damaged");
    }
}
