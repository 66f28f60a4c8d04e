package org.shipshape.logic.packing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;

/**
 * Packs a whole package in one go, as the packing screen does step by step: a new package with the next number,
 * its size, goods taken from stock, its weight and marks, then sealed. One transaction: all of it, or nothing.
 */
public final class PackFromStock {
    private final Workspace workspace;
    private final PackingService packing;

    public PackFromStock(Workspace workspace) {
        this.workspace = workspace;
        this.packing = new PackingService(workspace);
    }

    /**
     * @param items item id to the quantity taken from it; a null quantity takes all that is left
     * @param seal  false leaves the package open
     */
    public PackageDetails pack(Long shipmentId, PackageKind kind, String size, Map<Long, BigDecimal> items,
                               BigDecimal grossKg, Set<HandlingMark> marks, boolean seal) {
        return workspace.database().inTransaction(() -> {
            long id = packing.newPackage(shipmentId, kind, null).pkg().id();
            Dimensions dimensions = packing.parseDimensions(size);
            packing.setDimensions(id, dimensions);
            items.forEach((itemId, quantity) -> packing.takeFromStock(id, itemId,
                    quantity == null ? packing.availableQuantity(itemId) : quantity));
            packing.setGrossWeight(id, grossKg);
            if (!marks.isEmpty()) {
                packing.setMarks(id, marks);
            }
            return seal ? packing.seal(id) : packing.details(id);
        });
    }
}
