package org.shipshape.model.donors;

import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.ItemStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where one gift of a donor went: the item, and (once packed) the package, its shipment and the destination
 * country. An item split over several packages gives one gift per package.
 */
public record DonorGift(long itemId, LocalDate receivedOn, String categoryName, String description,
                        BigDecimal quantity, String unit, Condition condition, BigDecimal unitValue, String currency,
                        ItemStatus status, String packageNumber, String shipmentReference, String countryCode,
                        String countryName) {
}
