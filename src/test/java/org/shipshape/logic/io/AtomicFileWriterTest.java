package org.shipshape.logic.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.text.Texts;

/** A file that cannot be written is explained by what the user can do about it, and nothing is left behind. */
class AtomicFileWriterTest {
    @TempDir
    Path folder;

    @Test
    void aFullDiskIsNamedAndTheOldFileKeepsItsContent() throws IOException {
        Path target = folder.resolve("labels.pdf");
        Files.writeString(target, "old labels", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device"); // what the JDK reports from write(2)'s ENOSPC
        })).isInstanceOfSatisfying(AtomicFileWriter.FileNotWrittenException.class,
                e -> assertThat(Texts.english(e.text())).isEqualTo(target + " could not be written: the disk holding "
                        + folder + " is full; free some space or choose another folder."));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("old labels");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aFolderWhereNoFileMayBeCreatedIsNamed() {
        Path processes = Path.of("/proc");
        assumeTrue(Files.isDirectory(processes.resolve("self")), "needs Linux's /proc, where no file can be created");
        Path target = processes.resolve("labels.pdf");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOfSatisfying(AtomicFileWriter.FileNotWrittenException.class,
                        e -> assertThat(Texts.english(e.text())).isEqualTo(target + " could not be written:"
                                + " Shipshape may not create files in /proc; choose a folder you can write to."));
    }

    @Test
    void aFailureOfTheContentItselfIsNotDressedUpAsAFileProblem() {
        Path target = folder.resolve("pack.pdf");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            throw new IOException("font has no glyph for U+0531");
        })).isInstanceOf(IOException.class)
                .isNotInstanceOf(AtomicFileWriter.FileNotWrittenException.class)
                .hasMessageContaining("font has no glyph for U+0531");
        assertThat(target).doesNotExist();
    }
}
