package org.shipshape.logic.loading;

import org.shipshape.logic.shipments.CategoryTotal;
import org.shipshape.logic.shipments.ShipmentPackage;
import java.math.BigDecimal;
import java.util.List;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.packing.BoxSize;

/**
 * Everything the loading screen needs about one shipment, read once; scans then update it in memory.
 *
 * @param packages      all packages of the shipment, by number
 * @param loadedNumbers numbers of the loaded packages, in loading order
 */
public record LoadingOverview(Shipment shipment, ContainerType containerType, BigDecimal usableShare,
                              List<ShipmentPackage> packages, List<String> loadedNumbers,
                              List<BoxSize> boxSizes, List<CategoryTotal> byCategory) {
}
