package org.shipshape.logic.customs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.shipshape.model.common.Decimals;

/**
 * How numbers are printed on every document, so the same total reads the same everywhere: grouping comma and
 * decimal point (English style, whatever the document language), money with 2 decimals, kilograms and cubic
 * metres with 3.
 */
public final class CustomsFormat {
    private CustomsFormat() {
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.ROOT, "%,.2f", Decimals.money(amount));
    }

    public static String kg(BigDecimal kg) {
        return kg == null ? "" : String.format(Locale.ROOT, "%,.3f", Decimals.kg(kg));
    }

    public static String cubicMetres(BigDecimal m3) {
        return m3 == null ? "" : String.format(Locale.ROOT, "%,.3f", m3.setScale(3, RoundingMode.HALF_UP));
    }

    /** A quantity as typed: 12, 2.5 (no trailing zeros). */
    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
