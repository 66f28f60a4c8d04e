package org.shipshape.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc's native library for this system is kept between runs, and how the driver is told to load it
 * from there. By itself the driver unpacks the library into the temporary folder under a new name on every start
 * (and sweeps that folder for old copies), a noticeable part of a short command. The copy is written by
 * {@code logic.workspace.NativeLibraries} (atomically, like every file the app writes).
 */
public final class SqliteNativeLibrary {
    private static final String LIBRARY_PATH = "org.sqlite.lib.path";
    private static final String LIBRARY_NAME = "org.sqlite.lib.name";
    private static final String DRIVER_TEMP_FOLDER = "org.sqlite.tmpdir";

    private SqliteNativeLibrary() {
    }

    /** True when the library's place was given on the command line: then it is left as it is. */
    public static boolean placeGiven() {
        return System.getProperty(LIBRARY_PATH) != null;
    }

    /**
     * Where this driver version's library for this system belongs in the cache folder (one folder per version and
     * system). The system is named by Java's {@code os.name} and {@code os.arch}, not by the driver's own folder name
     * for it: working that out runs {@code uname -o} (to recognise Android) in a new process on every start, a cost
     * that only the first start, which copies the library ({@link #bundled()}), needs to pay (issue 16).
     */
    public static Path cachedCopy(Path cacheFolder) {
        String system = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .replaceAll("[^A-Za-z0-9_.-]", "_");
        return cacheFolder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(system)
                .resolve(LibraryLoaderUtil.getNativeLibName());
    }

    /** The library as the driver's jar carries it. */
    public static InputStream bundled() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("sqlite-jdbc has no native library " + resource);
        }
        return in;
    }

    /** Makes the driver load this copy when it first opens a database. */
    public static void use(Path library) {
        System.setProperty(LIBRARY_PATH, library.getParent().toString());
        System.setProperty(LIBRARY_NAME, library.getFileName().toString());
        // the driver also sweeps its temporary folder for old copies on every start: let it sweep this small one
        System.setProperty(DRIVER_TEMP_FOLDER, library.getParent().toString());
    }
}
