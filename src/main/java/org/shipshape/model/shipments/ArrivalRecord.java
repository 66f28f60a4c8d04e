package org.shipshape.model.shipments;

import java.time.Instant;
import java.util.Objects;

/** What the partner reported for one package on arrival. */
public record ArrivalRecord(long shipmentId, long packageId, ArrivalState state, String remarks, Instant recordedAt) {
    public ArrivalRecord {
        Objects.requireNonNull(state, "state");
    }
}
