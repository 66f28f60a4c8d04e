package org.shipshape.model.imports;

import java.time.Instant;

/** One imported file, kept so that importing the same file twice is noticed. */
public record ImportBatch(long id, String kind, String fileName, String sha256, long rowCount, Instant importedAt,
                          String importedBy) {
}
