package org.shipshape.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps sqlite-jdbc's native library in a stable per-user cache folder. By itself the driver unpacks the
 * library into the temporary folder under a new name on every start (and scans that folder for old copies),
 * which costs a noticeable part of a short command; unpacked once per driver version, it is simply loaded.
 */
public final class SqliteNativeLibrary {
    private static final String LIBRARY_PATH = "org.sqlite.lib.path";
    private static final String LIBRARY_NAME = "org.sqlite.lib.name";
    private static final String DRIVER_TEMP_FOLDER = "org.sqlite.tmpdir";

    private SqliteNativeLibrary() {
    }

    /**
     * Points the driver at the cached copy, unpacking it first if this driver version has none yet. Does nothing
     * when a library path was given on the command line; when the cache cannot be written the driver unpacks
     * the library itself as before, so a read-only home folder only costs speed.
     */
    public static void useCachedCopy() {
        useCachedCopy(AppPaths.cacheFolder());
    }

    static void useCachedCopy(Path cacheFolder) {
        if (System.getProperty(LIBRARY_PATH) != null) {
            return;
        }
        cachedCopy(cacheFolder).ifPresent(library -> {
            System.setProperty(LIBRARY_PATH, library.getParent().toString());
            System.setProperty(LIBRARY_NAME, library.getFileName().toString());
            // the driver also sweeps its temporary folder for old copies on every start: let it sweep this one
            System.setProperty(DRIVER_TEMP_FOLDER, library.getParent().toString());
        });
    }

    /** The library for this system and driver version in the cache folder, unpacked there if it is not yet. */
    static Optional<Path> cachedCopy(Path cacheFolder) {
        String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        try {
            Path folder = cacheFolder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                    .resolve(resourceFolder.replaceFirst("^/?org/sqlite/native/", ""));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library)) {
                unpack(resourceFolder + "/" + name, folder, library);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            log().info("SQLite native library not cached in {}; the driver unpacks it itself", cacheFolder, e);
            return Optional.empty();
        }
    }

    /** Several Shipshapes may start at once: each writes its own temporary file, the rename is atomic. */
    private static void unpack(String resource, Path folder, Path library) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, library.getFileName().toString(), ".part");
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sqlite-jdbc has no native library " + resource);
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Logger log() {
        return LoggerFactory.getLogger(SqliteNativeLibrary.class);
    }
}
