package org.shipshape.logic.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shipshape.model.common.ExplainedFailure;
import org.shipshape.model.common.Message;
import org.shipshape.store.db.AtomicFiles;

/**
 * Writes every file the app produces (PDF, CSV, XLSX): to a temporary file in the target's folder, synced, then
 * renamed into place, so a crash never leaves a half-written file under the real name. Exported files get the
 * user's normal permissions (the umask decides, as for any file a program saves); only the database, its backups
 * and its lock are kept owner-only, by the store.
 *
 * <p>{@link #writeAll} writes several files as one: all are written first, then switched into place one atomic
 * rename each; an old file that cannot be replaced (a PDF held open by a viewer on Windows) undoes the switch,
 * so every file keeps its old content, and is named. At every moment each real name holds a whole file, old or
 * new.
 */
public final class AtomicFileWriter {
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Work to do once every file is in place; if it fails, the old files are put back. */
    @FunctionalInterface
    public interface Commit {
        void run() throws IOException;
    }

    /** An existing file that could not be replaced; every file of the set has its old content again. */
    public static final class FileInUseException extends IOException {
        private final Path file;

        public FileInUseException(Path file, IOException cause) {
            super(file + " cannot be replaced: " + cause.getMessage(), cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /**
     * A file that could not be written for a reason the user can act on (no such folder, no right to create files
     * there, a full disk), with the sentence that says so in the user's language; the message is the technical
     * detail for the log. Nothing under the file's name was changed.
     */
    public static final class FileNotWrittenException extends IOException implements ExplainedFailure {
        private final transient Message text;

        FileNotWrittenException(Message text, String detail, Throwable cause) {
            super(detail, cause);
            this.text = text;
        }

        @Override
        public Message text() {
            return text;
        }
    }

    private AtomicFileWriter() {
    }

    /** The sentence for a failure to write: the explained one where the writer has one, else {@code otherwise}. */
    public static Message whyNotWritten(IOException failure, Message otherwise) {
        return failure instanceof FileNotWrittenException explained ? explained.text() : otherwise;
    }

    private static final Commit NOTHING = () -> { };

    public static void write(Path target, Content content) throws IOException {
        writeAll(Map.of(target, content), NOTHING);
    }

    /** Writes the files as one set (see {@link #writeAll(Map, Commit)}), with nothing to do once they are in place. */
    public static List<Path> writeAll(Map<Path, Content> files) throws IOException {
        return writeAll(files, NOTHING);
    }

    /**
     * Writes the files as one set: every file goes to a temporary file first (a full disk stops it there, with no
     * file changed); then a copy of each existing file is kept aside, the new ones are renamed into place,
     * {@code commit} runs, and only then are the copies deleted. When a file cannot be replaced, or the commit
     * fails, the files already switched get their old content back and new ones are removed.
     *
     * @throws FileInUseException when an existing file cannot be replaced; the files are as they were
     * @throws IOException        when a file cannot be written (the disk is full); nothing was changed
     */
    public static List<Path> writeAll(Map<Path, Content> files, Commit commit) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Content> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                temps.put(target, writeTemp(target, file.getValue()));
            }
            switchIntoPlace(temps, commit);
            return List.copyOf(temps.keySet());
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path writeTemp(Path target, Content content) throws IOException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileNotWrittenException(Message.of("io.write.noFolder", target.toString(), String.valueOf(folder)),
                    "The folder " + folder + " does not exist; choose an existing folder.", null);
        }
        // no permissions given: the operating system applies the user's umask, as for any saved document
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
            content.writeTo(new KeepOpen(out));
            out.flush();
            channel.force(true); // on disk before the rename, so a power cut cannot leave an empty file
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw notWritten(target, folder, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** The failure to write {@code target}, explained where the cause is one the user can act on. */
    private static IOException notWritten(Path target, Path folder, IOException cause) {
        String detail = target + " could not be written: " + cause.getMessage();
        String reason = String.valueOf(cause.getMessage());
        if (cause instanceof AccessDeniedException || cause instanceof NoSuchFileException
                || cause instanceof FileSystemException && reason.contains("Read-only file system")) {
            return new FileNotWrittenException(Message.of("io.write.cannotCreate", target.toString(), folder.toString()),
                    detail, cause);
        }
        // Linux and macOS say "No space left on device", Windows "There is not enough space on the disk"
        if (reason.contains("No space left") || reason.contains("not enough space")) {
            return new FileNotWrittenException(Message.of("io.write.diskFull", target.toString(), folder.toString()),
                    detail, cause);
        }
        return new IOException(detail, cause);
    }

    private static void switchIntoPlace(Map<Path, Path> temps, Commit commit) throws IOException {
        boolean undoable = temps.size() > 1 || commit != NOTHING;
        Map<Path, Path> copies = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        try {
            if (undoable) {
                for (Path target : temps.keySet()) {
                    if (Files.exists(target)) {
                        Path copy = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID()
                                + ".previous");
                        Files.copy(target, copy, StandardCopyOption.COPY_ATTRIBUTES);
                        copies.put(target, copy);
                    }
                }
            }
            for (Map.Entry<Path, Path> file : temps.entrySet()) {
                try {
                    AtomicFiles.moveIntoPlace(file.getValue(), file.getKey());
                } catch (IOException e) {
                    throw Files.exists(file.getKey()) ? new FileInUseException(file.getKey(), e) : e;
                }
                placed.add(file.getKey());
            }
            commit.run();
        } catch (IOException | RuntimeException e) {
            putBack(placed, copies, e);
            throw e;
        } finally {
            for (Path copy : copies.values()) {
                Files.deleteIfExists(copy);
            }
        }
    }

    /** Each file already switched gets its old content back (by the same atomic rename), or goes if it was new. */
    private static void putBack(List<Path> placed, Map<Path, Path> copies, Exception cause) {
        for (Path target : placed) {
            try {
                Path copy = copies.remove(target);
                if (copy == null) {
                    Files.deleteIfExists(target);
                } else {
                    AtomicFiles.moveIntoPlace(copy, target);
                }
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * Lets content close its writer (CSV and XLSX libraries do) without closing the file before it is forced to
     * disk and renamed.
     */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
