package org.shipshape.logic.shipping;

import java.math.BigDecimal;
import java.util.List;
import org.shipshape.model.shipping.ContainerType;
import org.shipshape.model.shipping.Shipment;
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
