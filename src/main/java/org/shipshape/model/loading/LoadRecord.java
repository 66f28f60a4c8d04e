package org.shipshape.model.loading;

import java.time.Instant;

/** A package that went into a shipment's container, in loading order. */
public record LoadRecord(long shipmentId, long packageId, int sequence, Instant loadedAt, String loadedBy) {
}
