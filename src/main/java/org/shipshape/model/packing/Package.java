package org.shipshape.model.packing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A numbered package: box, bale, loose piece or pallet. Called "package" everywhere a person reads it;
 * the code says Package so it never clashes with {@link java.lang.Package}.
 *
 * @param shipmentId the shipment it is packed for, or null while it is warehouse stock
 * @param parentId   the pallet it sits on, or null
 * @param dimensions null until measured
 * @param grossKg    null until weighed
 */
public record Package(long id, String number, PackageKind kind, Long shipmentId, Long parentId, Dimensions dimensions,
                     BigDecimal grossKg, Set<HandlingMark> marks, PackageStatus status, String packedBy,
                     Instant packedAt) {
    public Package {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        marks = marks == null ? Set.of() : Set.copyOf(marks);
    }

    public boolean isSealed() {
        return status != PackageStatus.OPEN;
    }

    public Package withId(long newId) {
        return new Package(newId, number, kind, shipmentId, parentId, dimensions, grossKg, marks, status, packedBy,
                packedAt);
    }

    public Package withStatus(PackageStatus newStatus) {
        return new Package(id, number, kind, shipmentId, parentId, dimensions, grossKg, marks, newStatus, packedBy,
                packedAt);
    }
}
