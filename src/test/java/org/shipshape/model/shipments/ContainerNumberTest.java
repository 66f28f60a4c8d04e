package org.shipshape.model.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.shipshape.logic.text.Texts.english;

class ContainerNumberTest {
    /** Check digits worked out by hand with the ISO 6346 letter table (A=10, B=12 ... L=23 ... V=34 ... Z=38). */
    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "MSKU9070323", "TGHU1234567", "MAEU1234567", "HLXU8765430",
        "ABCZ0000010", "XYZJ9999991", "csqu 305438-3", "CSQU 305438 3"})
    void validNumbersAreAccepted(String number) {
        assertThat(ContainerNumber.problem(number)).isEmpty();
        assertThat(ContainerNumber.parse(number).value()).isEqualTo(ContainerNumber.normalise(number));
    }

    @ParameterizedTest
    @CsvSource({"CSQU3054384, 3", "CSQU3054380, 3", "MSKU9070325, 3", "HLXU8765431, 0", "TGHU1234560, 7"})
    void aWrongCheckDigitNamesTheExpectedOne(String number, int expected) {
        assertThat(english(ContainerNumber.problem(number))).contains(number + ": the check digit should be " + expected + ".");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|is empty",
        "CSQU305438|11 characters",
        "CSQU30543833|11 characters",
        "C5QU3054383|owner code",
        "CSQX3054383|fourth character must be U",
        "CSQU30543A3|must be digits"})
    void malformedNumbersAreRejectedWithAReason(String number, String reason) {
        assertThat(english(ContainerNumber.problem(number))).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({"A, 10", "B, 12", "K, 21", "L, 23", "U, 32", "V, 34", "W, 35", "Z, 38", "7, 7"})
    void lettersSkipMultiplesOfEleven(char c, int value) {
        assertThat(ContainerNumber.characterValue(c)).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void theConstructorRefusesAnInvalidNumber() {
        assertThatThrownBy(() -> new ContainerNumber("CSQU3054384")).hasMessageContaining("CSQU3054384");
    }
}
