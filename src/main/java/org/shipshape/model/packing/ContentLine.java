package org.shipshape.model.packing;

import java.math.BigDecimal;
import java.util.Objects;
import org.shipshape.model.intake.Condition;

/**
 * One line of what is inside a package ("Kitchenware, 23 pcs").
 *
 * @param value  customs value of the whole line (not per unit), in the shipment's currency
 * @param hsCode {@code NNNN.NN}, defaults to the category's
 * @param itemId the donated item the goods were taken from, or null for goods described by category
 */
public record ContentLine(long id, long packageId, int lineNo, long categoryId, String description, BigDecimal quantity,
                          String unit, Condition condition, BigDecimal value, BigDecimal netKg, String hsCode,
                          Long itemId) {
    public ContentLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(condition, "condition");
    }
}
