package org.shipshape.logic.packing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;

/**
 * A package as the packing station shows it: the package, its lines, its shipment (null for warehouse stock)
 * and, for a pallet, the packages on it.
 */
public record PackageDetails(Package pkg, List<ContentLine> lines, Shipment shipment, List<Package> children) {
    public PackageDetails {
        Objects.requireNonNull(pkg, "parcel");
        lines = List.copyOf(lines);
        children = List.copyOf(children);
    }

    public String number() {
        return pkg.number();
    }

    /** Sum of the line quantities (pieces, pairs, kg ... as counted). */
    public BigDecimal totalCount() {
        return lines.stream().map(ContentLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
