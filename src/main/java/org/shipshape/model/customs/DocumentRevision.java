package org.shipshape.model.customs;

import java.time.Instant;
import org.shipshape.model.common.Language;

/** A stored final document, kept exactly as printed so it can be reprinted byte for byte. */
public record DocumentRevision(long id, long shipmentId, String documentNumber, int revision, DocumentKind kind,
                               Language language, String sha256, Instant createdAt, String createdBy) {
}
