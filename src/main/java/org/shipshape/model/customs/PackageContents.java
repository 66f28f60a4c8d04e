package org.shipshape.model.customs;

import java.util.List;
import java.util.Objects;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Parcel;

/** One package of a shipment with its content lines, in line order. */
public record PackageContents(Parcel parcel, List<ContentLine> lines) {
    public PackageContents {
        Objects.requireNonNull(parcel, "parcel");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
