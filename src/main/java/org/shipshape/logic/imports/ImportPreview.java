package org.shipshape.logic.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Message;
import org.shipshape.model.imports.ImportBatch;

/**
 * What importing a file would do, before anything is written: every problem ({@code FILE:ROW: column: reason}),
 * notes that are not problems (new donors created, rows skipped), and an earlier import of the same file.
 *
 * @param source    the file checked; writing reads it again (and refuses it if it changed meanwhile)
 * @param readyRows how many rows are ready to write (0 when there are problems)
 * @param rows      the rows ready to write, for imports that keep them in memory; empty for streamed imports
 */
public record ImportPreview<T>(String kind, Path source, String fileName, String sha256, long dataRows,
                               long readyRows, List<T> rows, List<Message> problems, List<Message> notes,
                               Optional<ImportBatch> duplicateOf) {
    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public boolean isDuplicate() {
        return duplicateOf.isPresent();
    }

    /** "FILE: this file was already imported on DATE by NAME (N rows)"; empty when it was not. */
    public Optional<Message> earlierImport() {
        return duplicateOf.map(earlier -> Message.of("imports.earlierImport", fileName,
                java.time.LocalDate.ofInstant(earlier.importedAt(), java.time.ZoneOffset.UTC),
                earlier.importedBy(), earlier.rowCount()));
    }
}
