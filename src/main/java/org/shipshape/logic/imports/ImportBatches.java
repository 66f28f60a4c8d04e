package org.shipshape.logic.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.imports.ImportBatchRepository;

/** What every import shares: the preview with its earlier import, and writing it as one batch. */
final class ImportBatches {
    private ImportBatches() {
    }

    /** The preview of a checked file; rows are dropped when there are problems (nothing may be written). */
    static <T> ImportPreview<T> preview(Workspace workspace, String kind, ImportFile input, int dataRows,
                                        List<T> rows, List<String> notes) {
        return new ImportPreview<>(kind, input.fileName, input.sha256, dataRows,
                input.problems.isEmpty() ? rows : List.of(), input.problems, notes,
                new ImportBatchRepository(workspace.database()).findBySha256(kind, input.sha256));
    }

    /**
     * Writes a preview in one transaction, after its import_batch row (whose id the work gets). Refuses a preview
     * with problems, and a file imported before unless {@code allowDuplicate}.
     */
    static <R> R write(Workspace workspace, ImportPreview<?> preview, boolean allowDuplicate, LongFunction<R> work) {
        requireWritable(preview, allowDuplicate);
        return workspace.database().inTransaction(() -> work.apply(new ImportBatchRepository(
                workspace.database()).insert(preview.kind(), preview.fileName(), preview.sha256(),
                preview.rows().size(), workspace.user())));
    }

    private static void requireWritable(ImportPreview<?> preview, boolean allowDuplicate) {
        if (!preview.isValid()) {
            List<String> problems = new ArrayList<>(preview.problems());
            problems.add(preview.fileName() + ": nothing was imported; fix the " + preview.problems().size()
                    + (preview.problems().size() == 1 ? " problem" : " problems") + " above and import the file again.");
            throw new UserInputException(problems);
        }
        if (preview.isDuplicate() && !allowDuplicate) {
            throw new UserInputException(preview.earlierImport() + "; nothing was imported."
                    + " Confirm to import it a second time.");
        }
    }
}
