package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void unpacksTheDriversOwnLibraryOnceIntoTheCacheFolder() throws IOException {
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(library).startsWith(cache);
        assertThat(library.getFileName().toString()).isEqualTo(LibraryLoaderUtil.getNativeLibName());
        try (InputStream bundled = SqliteNativeLibrary.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(bundled.readAllBytes());
        }
        try (var files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library);
        }
    }

    @Test
    void aSecondStartLoadsTheSameCopyWithoutWritingIt() throws IOException {
        Path first = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first, written);

        Path second = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second)).isEqualTo(written);
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheUnpackingToTheDriver() throws IOException {
        Path blocked = Files.writeString(cache.resolve("a-file-not-a-folder"), "x");

        assertThat(SqliteNativeLibrary.cachedCopy(blocked)).isEmpty();
    }
}
