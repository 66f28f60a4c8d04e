package org.shipshape.model.loading;

/** How many packages a shipment has and how many of them are in the container. */
public record PackageCounts(int total, int loaded) {
    public static final PackageCounts NONE = new PackageCounts(0, 0);
}
