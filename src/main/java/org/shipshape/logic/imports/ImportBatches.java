package org.shipshape.logic.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.store.imports.ImportBatchRepository;

/** What every import shares: the preview with its earlier import, and writing it as one batch. */
public final class ImportBatches {
    private ImportBatches() {
    }

    /** The preview of a checked file; rows are dropped when there are problems (nothing may be written). */
    static <T> ImportPreview<T> preview(Workspace workspace, String kind, ImportFile input, long dataRows,
                                        long readyRows, List<T> rows, List<Message> notes) {
        boolean valid = !input.hasProblems();
        return new ImportPreview<>(kind, input.path, input.fileName, input.sha256, dataRows, valid ? readyRows : 0,
                valid ? rows : List.of(), input.problems(), notes,
                new ImportBatchRepository(workspace.database()).findBySha256(kind, input.sha256));
    }

    /** The same file was imported before and the import was not confirmed; nothing was written. */
    public static final class AlreadyImportedException extends UserInputException {
        private final transient Message earlierImport;

        AlreadyImportedException(Message earlierImport) {
            super(Message.of("imports.alreadyImported", earlierImport));
            this.earlierImport = earlierImport;
        }

        /** "FILE: this file was already imported on DATE by NAME (N rows)". */
        public Message earlierImport() {
            return earlierImport;
        }
    }

    /** Imports that keep their rows in memory (donors) read files up to this size; items stream any size. */
    static final long LARGEST_IN_MEMORY = 32L * 1024 * 1024;

    /** False (and a problem) when the file is too large to be read whole. */
    static boolean fitsInMemory(ImportFile input) {
        if (input.source.size() <= LARGEST_IN_MEMORY) {
            return true;
        }
        input.fileProblem(Message.of("imports.tooLargeToReadWhole", input.source.size() / (1024 * 1024),
                LARGEST_IN_MEMORY / (1024 * 1024)));
        return false;
    }

    /** The problems of a file and the closing line saying nothing was imported. */
    static UserInputException rejected(String fileName, List<Message> problems) {
        List<Message> lines = new ArrayList<>(problems);
        lines.add(Message.of("imports.nothingImported", fileName, problems.size()));
        return new UserInputException(lines);
    }

    /**
     * Writes a preview in one transaction, after its import_batch row (whose id the work gets). Refuses a preview
     * with problems, and a file imported before unless {@code allowDuplicate}.
     */
    static <R> R write(Workspace workspace, ImportPreview<?> preview, boolean allowDuplicate, LongFunction<R> work) {
        requireWritable(preview, allowDuplicate);
        return workspace.database().inTransaction(() -> work.apply(new ImportBatchRepository(
                workspace.database()).insert(preview.kind(), preview.fileName(), preview.sha256(),
                preview.readyRows(), workspace.user())));
    }

    static void requireWritable(ImportPreview<?> preview, boolean allowDuplicate) {
        if (!preview.isValid()) {
            throw rejected(preview.fileName(), preview.problems());
        }
        if (preview.isDuplicate() && !allowDuplicate) {
            throw new AlreadyImportedException(preview.earlierImport().orElseThrow());
        }
    }
}
