package org.shipshape.model.inventory;

import java.math.BigDecimal;
import java.util.Collection;
import org.shipshape.model.common.Decimals;

/** Sums over the items a filter shows: number of items, total quantity, kilograms and value. */
public record InventoryTotals(long items, BigDecimal quantity, BigDecimal kg, BigDecimal value) {
    public static final InventoryTotals NONE = new InventoryTotals(0, BigDecimal.ZERO, Decimals.kg(BigDecimal.ZERO),
            Decimals.money(BigDecimal.ZERO));

    public static InventoryTotals of(Collection<InventoryRow> rows) {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal kg = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (InventoryRow row : rows) {
            quantity = quantity.add(row.quantity());
            kg = kg.add(row.totalKg());
            value = value.add(row.totalValue());
        }
        return new InventoryTotals(rows.size(), quantity.stripTrailingZeros(), Decimals.kg(kg), Decimals.money(value));
    }
}
