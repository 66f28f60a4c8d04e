package org.shipshape.model.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Goods received from one donor in one intake entry.
 *
 * @param unitValue estimated value of one unit, in {@code currency}; exact decimal
 * @param unitKg    weight of one unit in kg, may be null where unknown
 * @param testRecord only for electrical goods; may be null
 */
public record DonatedItem(long id, long donorId, long categoryId, String description, BigDecimal quantity,
                          String unit, Condition condition, BigDecimal unitValue, String currency, BigDecimal unitKg,
                          LocalDate receivedOn, String location, ItemStatus status, TestRecord testRecord) {
    public DonatedItem {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(unitValue, "unitValue");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(status, "status");
    }

    public BigDecimal totalValue() {
        return unitValue.multiply(quantity);
    }

    public DonatedItem withId(long newId) {
        return new DonatedItem(newId, donorId, categoryId, description, quantity, unit, condition, unitValue, currency,
                unitKg, receivedOn, location, status, testRecord);
    }

    /** The same item given by another donor (one named for the first time, once it is stored). */
    public DonatedItem withDonorId(long newDonorId) {
        return new DonatedItem(id, newDonorId, categoryId, description, quantity, unit, condition, unitValue, currency,
                unitKg, receivedOn, location, status, testRecord);
    }
}
