package org.shipshape.logic.shipments;

import java.math.BigDecimal;

/** Weight and customs value of one category of goods in a shipment, for the chart by category. */
public record CategoryTotal(String category, BigDecimal weightKg, BigDecimal value) {
}
