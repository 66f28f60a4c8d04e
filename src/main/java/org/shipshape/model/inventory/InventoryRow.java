package org.shipshape.model.inventory;

import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.ItemStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One donated item as the inventory lists it: the item with its donor's and category's names and its stock status
 * (derived from packing, see docs/features/intake.md).
 *
 * @param version which change of the item this row shows; an edit of the row saves only while it is still stored
 */
public record InventoryRow(long id, LocalDate receivedOn, long donorId, String donorName, long categoryId,
                           String categoryName, String description, BigDecimal quantity, String unit,
                           Condition condition, BigDecimal unitValue, String currency, BigDecimal unitKg,
                           String location, ItemStatus status, long version) {
    /** Weight of all units in kg; zero when the unit weight is unknown. */
    public BigDecimal totalKg() {
        return unitKg == null ? BigDecimal.ZERO : unitKg.multiply(quantity);
    }

    public BigDecimal totalValue() {
        return unitValue.multiply(quantity);
    }
}
