package org.shipshape.model.customs;

import java.util.List;
import java.util.Objects;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;

/** One package of a shipment with its content lines, in line order. */
public record PackageContents(Package pkg, List<ContentLine> lines) {
    public PackageContents {
        Objects.requireNonNull(pkg, "package");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
