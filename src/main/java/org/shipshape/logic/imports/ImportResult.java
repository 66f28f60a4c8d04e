package org.shipshape.logic.imports;

/** What an import wrote: rows, donors created along the way, rows skipped (already known). */
public record ImportResult(String fileName, int written, int newDonors, int skipped, long batchId) {
}
