package org.shipshape.store.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Shipshape keeps its database when no {@code --db} is given. */
public final class AppPaths {
    private AppPaths() {
    }

    public static Path defaultDatabase() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve("shipshape.db");
    }

    /**
     * The per-user cache folder: files Shipshape can make again at any time (the SQLite native library).
     * XDG cache on Linux, Library/Caches on macOS, %LOCALAPPDATA% on Windows.
     */
    public static Path cacheFolder() {
        return cacheFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path cacheFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            return localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData, "Shipshape", "cache")
                    : Path.of(home, "AppData", "Local", "Shipshape", "cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Shipshape");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "shipshape") : Path.of(home, ".cache", "shipshape");
    }

    /** The per-user data folder: XDG on Linux, Application Support on macOS, %APPDATA% on Windows. */
    static Path dataFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Shipshape")
                    : Path.of(home, "AppData", "Roaming", "Shipshape");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Shipshape");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "shipshape")
                : Path.of(home, ".local", "share", "shipshape");
    }
}
