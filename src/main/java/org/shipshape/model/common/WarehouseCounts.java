package org.shipshape.model.common;

/** How much a warehouse database holds; shown in the status bar and used for the empty-database offer. */
public record WarehouseCounts(long donors, long items, long packages, long shipments) {
    public boolean isEmpty() {
        return donors == 0 && items == 0 && packages == 0 && shipments == 0;
    }
}
