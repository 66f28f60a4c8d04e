package org.shipshape.logic.customs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.shipshape.model.common.Decimals;

/**
 * How numbers are printed on every document, so the same total reads the same everywhere: grouping comma and
 * decimal point (English style, whatever the document language), money with 2 decimals, kilograms and cubic
 * metres with 3.
 */
public final class CustomsFormat {
    // DecimalFormat is not thread-safe, and building one per number was a tenth of a large pack's time
    private static final ThreadLocal<DecimalFormat> TWO_DECIMALS = ThreadLocal.withInitial(() -> format("#,##0.00"));
    private static final ThreadLocal<DecimalFormat> THREE_DECIMALS =
            ThreadLocal.withInitial(() -> format("#,##0.000"));

    private CustomsFormat() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : TWO_DECIMALS.get().format(Decimals.money(amount));
    }

    public static String kg(BigDecimal kg) {
        return kg == null ? "" : THREE_DECIMALS.get().format(Decimals.kg(kg));
    }

    public static String cubicMetres(BigDecimal m3) {
        return m3 == null ? "" : THREE_DECIMALS.get().format(m3.setScale(3, RoundingMode.HALF_UP));
    }

    /** A quantity as typed: 12, 2.5 (no trailing zeros). */
    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
