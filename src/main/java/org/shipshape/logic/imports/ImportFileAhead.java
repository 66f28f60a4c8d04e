package org.shipshape.logic.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.shipshape.logic.io.CsvSource;
import org.shipshape.logic.task.Futures;

/**
 * A CSV file whose first pass (fingerprint, encoding, header: {@link CsvSource#open}) runs on a thread of its own,
 * started before the database is opened: a command starts both and the pass, which takes 0.1-0.15 s for 100,000 rows
 * with the short commands' C1 compiler, costs no time of its own (issue 16). Its result, or its failure, is only
 * seen when the import asks for it, so a database that cannot be opened is still what the command reports first.
 *
 * <p>Imports that do not read through {@link ImportFile} (packages) ask for {@link #path()} and read the file
 * themselves; the pass was then done on a core that was idle while the database opened.
 */
public final class ImportFileAhead {
    private final Path path;
    /** Whether a thread of its own makes the pass; otherwise the first import to ask makes it. */
    private final boolean ahead;
    /** Empty for what is not a regular file: {@link ImportFile#open} says why without reading it. */
    private final CompletableFuture<CsvSource> source = new CompletableFuture<>();

    private ImportFileAhead(Path path, boolean ahead) {
        this.path = path;
        this.ahead = ahead;
    }

    /** Starts the first pass over the file on a thread of its own. */
    public static ImportFileAhead start(Path file) {
        ImportFileAhead ahead = new ImportFileAhead(file, true);
        if (!Files.isRegularFile(file)) {
            ahead.source.complete(null);
            return ahead;
        }
        Thread reader = new Thread(ahead::read, "import-file-first-pass");
        reader.setDaemon(true); // a command that ends before it asks (the database refused) does not wait for it
        reader.start();
        return ahead;
    }

    /** The same, on the caller's thread when it asks (the window, the tests). */
    static ImportFileAhead onAsking(Path file) {
        return new ImportFileAhead(file, false);
    }

    private void read() {
        try {
            source.complete(CsvSource.open(path));
        } catch (RuntimeException | Error e) {
            source.completeExceptionally(e); // thrown again, as it was, to the import that asks
        }
    }

    public Path path() {
        return path;
    }

    /** Waits for the pass and gives its source; throws what the pass threw (UserInputException for a bad file). */
    CsvSource source() {
        if (!ahead && !source.isDone()) {
            if (Files.isRegularFile(path)) {
                read();
            } else {
                source.complete(null);
            }
        }
        return Futures.result(source, IllegalStateException::new); // the pass throws nothing checked
    }
}
