package org.shipshape.logic.imports;

import java.nio.file.Path;
import org.shipshape.logic.task.Progress;

/** An import of one kind of spreadsheet: check first (nothing written), then write all of it in one go. */
public interface SpreadsheetImport<T> {
    /** Reads and checks the file; writes nothing. */
    ImportPreview<T> preview(Path file, Progress progress);

    /**
     * Writes a valid preview in one transaction. Refuses a preview with problems, and a file imported before unless
     * {@code allowDuplicate}. A cancellation rolls everything back.
     */
    ImportResult write(ImportPreview<T> preview, boolean allowDuplicate, Progress progress);

    /** Checks and writes in one go (the command line and the benchmark); problems end in a UserInputException. */
    default ImportResult run(Path file, boolean allowDuplicate, Progress progress) {
        return write(preview(file, progress), allowDuplicate, progress);
    }

    /** The same with the file's first pass started ahead, while the database opened (the command line). */
    default ImportResult run(ImportFileAhead file, boolean allowDuplicate, Progress progress) {
        return run(file.path(), allowDuplicate, progress);
    }
}
