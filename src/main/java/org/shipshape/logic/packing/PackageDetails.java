package org.shipshape.logic.packing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;

/**
 * A package as the packing station shows it: the package, its lines, its shipment (null for warehouse stock)
 * and, for a pallet, the packages on it, and which change of the package this is (an edit from the screen saves
 * only while it is still the stored one).
 */
public record PackageDetails(Package pkg, List<ContentLine> lines, Shipment shipment, List<Package> children,
                             RecordVersion version) {
    public PackageDetails {
        Objects.requireNonNull(pkg, "parcel");
        Objects.requireNonNull(version, "version");
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
