package org.shipshape.logic.shipping;

import java.math.BigDecimal;
import java.util.List;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Parcel;

/**
 * A package of a shipment with what the loading screen and the container list show about it.
 *
 * @param contents  "Kitchenware, 23 pcs; Toys, 5 pcs"
 * @param hsCodes   distinct HS codes of the lines, in line order, "; "-separated
 * @param value     sum of the lines' customs values
 * @param volumeM3  outside volume, zero when not measured
 */
public record ShipmentPackage(Parcel parcel, List<ContentLine> lines, String contents, String hsCodes,
                              BigDecimal value, BigDecimal volumeM3) {
    public ShipmentPackage {
        lines = List.copyOf(lines);
    }

    public String number() {
        return parcel.number();
    }

    /** Gross weight, zero when not weighed. */
    public BigDecimal grossKg() {
        return parcel.grossKg() == null ? BigDecimal.ZERO : parcel.grossKg();
    }

    public ShipmentPackage withParcel(Parcel changed) {
        return new ShipmentPackage(changed, lines, contents, hsCodes, value, volumeM3);
    }
}
