package org.shipshape.logic.imports;

import java.util.List;
import java.util.Optional;
import org.shipshape.model.imports.ImportBatch;

/**
 * What importing a file would do, before anything is written: every problem as {@code FILE:ROW: column: message},
 * notes that are not problems (new donors created, rows skipped), and an earlier import of the same file.
 *
 * @param rows the rows ready to write (empty when there are problems)
 */
public record ImportPreview<T>(String kind, String fileName, String sha256, int dataRows, List<T> rows,
                               List<String> problems, List<String> notes, Optional<ImportBatch> duplicateOf) {
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

    /** "FILE: this file was already imported on DATE by NAME (N rows)"; empty text when it was not. */
    public String earlierImport() {
        return duplicateOf.map(earlier -> fileName + ": this file was already imported on "
                + earlier.importedAt().toString().substring(0, 10) + " by " + earlier.importedBy() + " ("
                + earlier.rowCount() + " rows)").orElse("");
    }
}
