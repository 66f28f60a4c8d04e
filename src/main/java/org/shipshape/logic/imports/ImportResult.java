package org.shipshape.logic.imports;

import java.util.List;
import org.shipshape.model.common.Message;

/**
 * What an import wrote: rows, donors created along the way, rows skipped (already known), and the notes of the
 * check (new donors created, rows skipped) for whoever did not look at a preview first.
 */
public record ImportResult(String fileName, int written, int newDonors, int skipped, long batchId,
                           List<Message> notes) {
    public ImportResult {
        notes = List.copyOf(notes);
    }
}
