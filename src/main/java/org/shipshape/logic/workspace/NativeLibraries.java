package org.shipshape.logic.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.store.db.AppPaths;
import org.shipshape.store.db.SqliteNativeLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SQLite driver's native library in the user's cache folder, unpacked once per driver version, so a
 * start loads it instead of unpacking it again (ADR 0008). Called once at start, before any database is opened.
 */
public final class NativeLibraries {
    private NativeLibraries() {
    }

    /**
     * Points the driver at the cached copy, writing it first if needed. When the cache cannot be written the driver
     * unpacks the library itself as before: a read-only home folder only costs speed.
     */
    public static void useCachedSqliteLibrary() {
        if (!SqliteNativeLibrary.placeGiven()) {
            cachedSqliteLibrary(AppPaths.cacheFolder()).ifPresent(SqliteNativeLibrary::use);
        }
    }

    /** The cached copy in this cache folder, written there (atomically) if it is not yet. */
    static Optional<Path> cachedSqliteLibrary(Path cacheFolder) {
        try {
            Path library = SqliteNativeLibrary.cachedCopy(cacheFolder);
            if (!Files.isRegularFile(library)) {
                Files.createDirectories(library.getParent());
                AtomicFileWriter.write(library, out -> {
                    try (InputStream bundled = SqliteNativeLibrary.bundled()) {
                        bundled.transferTo(out);
                    }
                });
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            Logger log = LoggerFactory.getLogger(NativeLibraries.class);
            log.info("SQLite native library not cached in {}; the driver unpacks it itself", cacheFolder, e);
            return Optional.empty();
        }
    }
}
