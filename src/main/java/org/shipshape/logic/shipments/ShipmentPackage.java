package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.util.List;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;

/**
 * A package of a shipment with what the loading screen and the container list show about it.
 *
 * @param contents  "Kitchenware, 23 pcs; Toys, 5 pcs"
 * @param hsCodes   distinct HS codes of the lines, in line order, "; "-separated
 * @param value     sum of the lines' customs values
 * @param volumeM3  outside volume, zero when not measured
 */
public record ShipmentPackage(Package pkg, List<ContentLine> lines, String contents, String hsCodes,
                              BigDecimal value, BigDecimal volumeM3) {
    public ShipmentPackage {
        lines = List.copyOf(lines);
    }

    public String number() {
        return pkg.number();
    }

    /** Gross weight, zero when not weighed. */
    public BigDecimal grossKg() {
        return pkg.grossKg() == null ? BigDecimal.ZERO : pkg.grossKg();
    }

    public ShipmentPackage withPackage(Package changed) {
        return new ShipmentPackage(changed, lines, contents, hsCodes, value, volumeM3);
    }
}
