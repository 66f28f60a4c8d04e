package org.shipshape.logic.customs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Iso6346CheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "MSKU9070323", "csqu 305438-3"})
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(Iso6346Check.problem(number)).isEmpty();
    }

    @Test
    void aWrongCheckDigitNamesTheExpectedOne() {
        assertThat(Iso6346Check.problem("CSQU3054384")).hasValueSatisfying(message ->
                assertThat(message).contains("needs 3").contains("CSQU3054383"));
    }

    @ParameterizedTest
    @CsvSource({"CSQA3054383", "CSQU305438", "123U3054383", "''"})
    void rejectsWhatIsNotAContainerNumber(String number) {
        assertThat(Iso6346Check.isValid(number)).isFalse();
    }

    @Test
    void lettersSkipTheMultiplesOfEleven() {
        // A=10, B=12 (11 skipped): AAAU000000 and BAAU000000 differ by 2 in the first position
        int a = Iso6346Check.checkDigit("AAAU000000");
        int b = Iso6346Check.checkDigit("BAAU000000");
        assertThat(Math.floorMod(b - a, 11) % 10).isEqualTo(2);
    }
}
