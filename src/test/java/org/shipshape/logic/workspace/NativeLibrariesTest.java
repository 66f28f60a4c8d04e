package org.shipshape.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.store.db.SqliteNativeLibrary;

class NativeLibrariesTest {
    @TempDir
    Path cache;

    @Test
    void unpacksTheDriversOwnLibraryOnceIntoTheCacheFolder() throws IOException {
        Path library = NativeLibraries.cachedSqliteLibrary(cache).orElseThrow();

        assertThat(library).startsWith(cache).isEqualTo(SqliteNativeLibrary.cachedCopy(cache));
        try (InputStream bundled = SqliteNativeLibrary.bundled()) {
            assertThat(Files.readAllBytes(library)).isEqualTo(bundled.readAllBytes());
        }
        try (var files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library);
        }
    }

    @Test
    void aSecondStartLoadsTheSameCopyWithoutWritingIt() throws IOException {
        Path first = NativeLibraries.cachedSqliteLibrary(cache).orElseThrow();
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first, written);

        Path second = NativeLibraries.cachedSqliteLibrary(cache).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second)).isEqualTo(written);
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheUnpackingToTheDriver() throws IOException {
        Path blocked = Files.writeString(cache.resolve("a-file-not-a-folder"), "x");

        assertThat(NativeLibraries.cachedSqliteLibrary(blocked)).isEmpty();
    }
}
