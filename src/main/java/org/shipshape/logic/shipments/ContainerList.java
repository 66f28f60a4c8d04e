package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.shipments.Shipment;

/**
 * What goes to the forwarder: the packages in the container (in loading order once loading has started, all
 * packages of the shipment by number before that) with their lines and totals. No donor data.
 */
public record ContainerList(Shipment shipment, List<ShipmentPackage> packages, Map<Long, String> categoryNames) {
    public ContainerList {
        packages = List.copyOf(packages);
        categoryNames = Map.copyOf(categoryNames);
    }

    public int lineCount() {
        return packages.stream().mapToInt(p -> p.lines().size()).sum();
    }

    public BigDecimal totalVolumeM3() {
        return packages.stream().map(ShipmentPackage::volumeM3).reduce(BigDecimal.ZERO.setScale(6), BigDecimal::add);
    }

    public BigDecimal totalGrossKg() {
        return packages.stream().map(ShipmentPackage::grossKg).reduce(BigDecimal.ZERO.setScale(Decimals.KG_SCALE),
                BigDecimal::add);
    }

    public BigDecimal totalValue() {
        return packages.stream().map(ShipmentPackage::value).reduce(BigDecimal.ZERO.setScale(Decimals.MONEY_SCALE),
                BigDecimal::add);
    }

    public String categoryName(long id) {
        return categoryNames.getOrDefault(id, "Category " + id);
    }
}
