package org.shipshape.model.audit;

import java.time.Instant;

/** Who changed what and when; the volunteer's name is asked once per launch. */
public record AuditEntry(long id, Instant at, String user, String action, String entity, String entityKey,
                         String details) {
}
