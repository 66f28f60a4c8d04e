package org.shipshape.model.shipping;

import java.time.Instant;

/** A package that went into a shipment's container, in loading order. */
public record LoadRecord(long shipmentId, long parcelId, int sequence, Instant loadedAt, String loadedBy) {
}
