package org.shipshape.model.shipping;

import java.time.Instant;
import java.util.Objects;

/** What the partner reported for one package on arrival. */
public record ArrivalRecord(long shipmentId, long parcelId, ArrivalState state, String remarks, Instant recordedAt) {
    public ArrivalRecord {
        Objects.requireNonNull(state, "state");
    }
}
