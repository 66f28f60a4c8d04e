package org.shipshape.store.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.util.Arrays;
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

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The smallest file SQLite ever writes: its 100-byte header alone. */
    private static final int SMALLEST_DATABASE = 100;

    /** What lies at a database path before anything opens it. */
    public enum Content {
        /** Nothing yet: a new database may be created there. */
        MISSING,
        /** A folder, not a file. */
        FOLDER,
        /** Zero bytes: a failed copy or a full disk, never a database SQLite wrote. */
        EMPTY,
        /** Starts with SQLite's header: a database (sound or not, the check at open tells). */
        SQLITE,
        /** Starts with SQLite's header but is shorter than a database can be: cut off. */
        TRUNCATED_SQLITE,
        /** Anything else: a text file, a spreadsheet, a typo in --db. Never touched. */
        NOT_SQLITE
    }

    private DatabaseFiles() {
    }

    /**
     * The one name of a database file, whatever path reached it: symbolic links resolved (for the file and its
     * folders) and the path made absolute. Two paths to the same file give the same identity, so the writer lock,
     * the {@code -wal} file and the backups are always the ones beside the real file. A file that does not exist
     * yet gets its real folder plus its name.
     */
    public static Path identity(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            Path parent = absolute.getParent();
            if (parent == null || Files.isSymbolicLink(absolute)) {
                return absolute; // a dangling link: opening it explains the problem
            }
            try {
                return parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException noFolder) {
                return absolute;
            }
        }
    }

    /** Looks at the first bytes only; never opens the file for writing. */
    public static Content inspect(Path database) {
        if (Files.isDirectory(database)) {
            return Content.FOLDER;
        }
        if (!Files.exists(database)) {
            return Content.MISSING;
        }
        try (InputStream in = Files.newInputStream(database)) {
            byte[] start = in.readNBytes(SMALLEST_DATABASE);
            if (start.length == 0) {
                return Content.EMPTY;
            }
            if (start.length < SQLITE_HEADER.length
                    || !Arrays.equals(Arrays.copyOf(start, SQLITE_HEADER.length), SQLITE_HEADER)) {
                return Content.NOT_SQLITE;
            }
            return start.length < SMALLEST_DATABASE ? Content.TRUNCATED_SQLITE : Content.SQLITE;
        } catch (IOException e) {
            return Content.SQLITE; // unreadable: opening it gives the precise reason
        }
    }

    /**
     * How many names (hard links) the file has, or 1 where the file system does not say. SQLite keeps its
     * {@code -wal} beside the name it was given, so two names of one file mean two journals and lost work.
     */
    public static int linkCount(Path database) {
        try {
            Object count = Files.getAttribute(database, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return count instanceof Integer n ? n : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
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
