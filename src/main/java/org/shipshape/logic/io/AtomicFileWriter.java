package org.shipshape.logic.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shipshape.store.db.AtomicFiles;

/**
 * Writes every file the app produces (PDF, CSV, XLSX): to a temporary file in the target's folder, then renamed
 * into place, so a crash never leaves a half-written file under the real name.
 */
public final class AtomicFileWriter {
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist; choose an existing folder.");
        }
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            AtomicFiles.moveIntoPlace(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
