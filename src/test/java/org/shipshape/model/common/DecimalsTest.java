package org.shipshape.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void digitsValueReadsOnlyTheGivenFieldOfPlainDigits() {
        String instant = "2026-01-31T09:05:07.000123Z";
        assertEquals(2026, Decimals.digitsValue(instant, 0, 4));
        assertEquals(1, Decimals.digitsValue(instant, 5, 7));
        assertEquals(31, Decimals.digitsValue(instant, 8, 10));
        assertEquals(123, Decimals.digitsValue(instant, 20, 26));
        assertEquals(0, Decimals.digitsValue(instant, 4, 4), "an empty field is zero");
    }

    @Test
    void digitsValueRefusesAnythingButTheDigitsZeroToNine() {
        assertEquals(-1, Decimals.digitsValue("2026-01", 0, 7), "a dash inside the field");
        assertEquals(-1, Decimals.digitsValue("+12", 0, 3), "a sign is not a digit");
        assertEquals(-1, Decimals.digitsValue("1 2", 0, 3), "a space is not a digit");
        assertEquals(-1, Decimals.digitsValue("\u0661\u0662", 0, 2), "Arabic-Indic digits are not read as 12");
    }

    @Test
    void moneyAndKilogramsRoundTripThroughTheirStoredMinorUnits() {
        assertEquals(1235, Decimals.toMinorUnits(new BigDecimal("12.345")));
        assertEquals(new BigDecimal("12.35"), Decimals.fromMinorUnits(1235));
        assertEquals(1500, Decimals.toGrams(new BigDecimal("1.5")));
        assertEquals(new BigDecimal("1.500"), Decimals.fromGrams(1500));
    }
}
