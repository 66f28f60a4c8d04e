package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(AppPaths.dataFolder("Linux", Map.of("XDG_DATA_HOME", "/x/data"), "/home/ana"))
                .isEqualTo(Path.of("/x/data/shipshape"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(AppPaths.dataFolder("Linux", Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/shipshape"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.dataFolder("Mac OS X", Map.of(), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Shipshape"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.dataFolder("Windows 11", Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "C:/Users/ana"))
                .isEqualTo(Path.of("C:/Users/ana/AppData/Roaming", "Shipshape"));
    }

    @Test
    void cacheIsXdgCacheOnLinuxCachesOnMacAndLocalAppDataOnWindows() {
        assertThat(AppPaths.cacheFolder("Linux", Map.of(), "/home/ana")).isEqualTo(Path.of("/home/ana/.cache/shipshape"));
        assertThat(AppPaths.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/ana"))
                .isEqualTo(Path.of("/x/cache/shipshape"));
        assertThat(AppPaths.cacheFolder("Mac OS X", Map.of(), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Caches/Shipshape"));
        assertThat(AppPaths.cacheFolder("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "C:/Users/ana"))
                .isEqualTo(Path.of("C:/Users/ana/AppData/Local", "Shipshape", "cache"));
    }
}
