package org.shipshape.gui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;

/** Numbers typed in the window are read in the window's language, and a number that reads two ways is refused. */
class NumberInputTest {
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ENGLISH = Locale.ENGLISH;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,5|12.5", "12.5|12.5", "1 234,5|1234.5", "1\u202f234,50|1234.50",
        "0.500|0.500", "0,500|0.500", "-3|-3", "40|40"})
    void frenchReadsTheDecimalCommaAndSpacesBetweenThousands(String typed, String expected) {
        assertThat(NumberInput.parse(typed, FRENCH)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.5|12.5", "1,234|1234", "1,234.5|1234.5", "12,5|12.5", "1 234.5|1234.5"})
    void englishReadsTheDecimalPointAndCommasBetweenThousands(String typed, String expected) {
        assertThat(NumberInput.parse(typed, ENGLISH)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.234|1234|1,234", "12.500|12500|12,500"})
    void aFrenchNumberThatReadsTwoWaysIsRefusedWithBothReadings(String typed, String thousands, String decimal) {
        assertThatThrownBy(() -> NumberInput.parse(typed, FRENCH)).isInstanceOfSatisfying(NumberInput.Refused.class,
                refused -> assertThat(Catalogue.of(Language.FR).render(refused.reason())).isEqualTo("« " + typed
                        + " » peut se lire de deux façons ; écrivez " + thousands + " ou " + decimal + "."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "12,5,3", "1.234,5", "1,23.4", "12,", "1,2,3"})
    void textThatIsNoNumberIsRefused(String typed) {
        assertThatThrownBy(() -> NumberInput.parse(typed, ENGLISH)).isInstanceOf(NumberInput.Refused.class);
        assertThatThrownBy(() -> NumberInput.parse(typed + "x", FRENCH)).isInstanceOf(NumberInput.Refused.class);
    }

    @org.junit.jupiter.api.Test
    void blankIsNoNumberAtAll() {
        assertThat(NumberInput.parse("  ", FRENCH)).isEmpty();
        assertThat(NumberInput.parse(null, ENGLISH)).isEmpty();
    }
}
