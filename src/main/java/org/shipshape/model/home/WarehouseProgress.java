package org.shipshape.model.home;

/**
 * How far the warehouse has come, counted in one read: what the home screen's checklist ticks off.
 *
 * @param organisationComplete   the organisation's name and address are given
 * @param items                  donated items recorded
 * @param sealedPackages         packages sealed or loaded
 * @param shipments              shipments created
 * @param fullyLoadedShipments   shipments with packages, every one of them loaded
 * @param finalPacks             final customs packs printed (revisions of the packing list)
 * @param itemsWaiting           items in stock, not yet packed
 */
public record WarehouseProgress(boolean organisationComplete, long items, long sealedPackages, long shipments,
                                long fullyLoadedShipments, long finalPacks, long itemsWaiting) {
    public boolean done(HomeStep step) {
        return switch (step) {
            case ORGANISATION -> organisationComplete;
            case FIRST_DONATION -> items > 0;
            case FIRST_PACKAGE_SEALED -> sealedPackages > 0;
            case FIRST_SHIPMENT -> shipments > 0;
            case CONTAINER_LOADED -> fullyLoadedShipments > 0;
            case CUSTOMS_PACK_PRINTED -> finalPacks > 0;
        };
    }

    public boolean allDone() {
        for (HomeStep step : HomeStep.values()) {
            if (!done(step)) {
                return false;
            }
        }
        return true;
    }
}
