package org.shipshape.model.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scales used for exact decimal quantities: money has 2 decimals, kilograms 3. */
public final class Decimals {
    public static final int MONEY_SCALE = 2;
    public static final int KG_SCALE = 3;

    private Decimals() {
    }

    public static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal kg(BigDecimal value) {
        return value == null ? null : value.setScale(KG_SCALE, RoundingMode.HALF_UP);
    }

    /** Money in minor units (cents), the exact form the store keeps. */
    public static long toMinorUnits(BigDecimal amount) {
        return money(amount).movePointRight(MONEY_SCALE).longValueExact();
    }

    public static BigDecimal fromMinorUnits(long minor) {
        return BigDecimal.valueOf(minor, MONEY_SCALE);
    }

    /** Kilograms in grams, the exact form the store keeps. */
    public static long toGrams(BigDecimal kg) {
        return kg(kg).movePointRight(KG_SCALE).longValueExact();
    }

    public static BigDecimal fromGrams(long grams) {
        return BigDecimal.valueOf(grams, KG_SCALE);
    }

    /**
     * The number written in plain decimal digits in text[from, to), or -1 when a character there is not a digit: the
     * fixed-width fields of dates and instants, read without a parser (a parser's set-up costs more than the read).
     */
    public static int digitsValue(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
