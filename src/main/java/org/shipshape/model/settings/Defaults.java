package org.shipshape.model.settings;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What new work starts from unless a volunteer chooses otherwise.
 *
 * @param currency           ISO 4217 code of new items and shipments (EUR)
 * @param maxPackageKg       the weight above which a box or bale gets a warning at packing (25 kg)
 * @param labelStock         code of the label stock offered first
 * @param labelPrinter       the printer that label stock prints on, or empty for "ask"
 * @param usableVolumeShare  the share of a container's inside volume hand-loaded cargo really fills (0.85)
 * @param receiptsShowValues whether in-kind receipts show the goods' values unless told otherwise
 */
public record Defaults(String currency, BigDecimal maxPackageKg, String labelStock, String labelPrinter,
                       BigDecimal usableVolumeShare, boolean receiptsShowValues) {
    public Defaults {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(maxPackageKg, "maxPackageKg");
        labelStock = labelStock == null ? "" : labelStock;
        labelPrinter = labelPrinter == null ? "" : labelPrinter;
        Objects.requireNonNull(usableVolumeShare, "usableVolumeShare");
    }
}
