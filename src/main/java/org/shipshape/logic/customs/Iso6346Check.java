package org.shipshape.logic.customs;

import java.util.Locale;
import java.util.Optional;

/**
 * Container numbers after ISO 6346: three-letter owner code, category letter (U, J or Z), six-digit serial and a
 * check digit, such as CSQU3054383.
 */
public final class Iso6346Check {
    private Iso6346Check() {
    }

    /** The number in upper case without spaces or dashes, as it is printed. */
    public static String normalise(String containerNumber) {
        return containerNumber == null ? "" : containerNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Why the number is not a valid container number, or empty when it is. The message names the expected check
     * digit when only that is wrong.
     */
    public static Optional<String> problem(String containerNumber) {
        String number = normalise(containerNumber);
        if (number.isEmpty()) {
            return Optional.of("there is no container number");
        }
        if (!number.matches("[A-Z]{3}[UJZ]\\d{7}")) {
            return Optional.of("\"" + containerNumber.trim() + "\" is not a container number: it must be three"
                    + " letters, U, J or Z, and seven digits, such as CSQU3054383");
        }
        int expected = checkDigit(number.substring(0, 10));
        int actual = number.charAt(10) - '0';
        if (expected != actual) {
            return Optional.of("the check digit of " + number + " is wrong: " + number.substring(0, 10) + " needs "
                    + expected + " (" + number.substring(0, 10) + expected + "); check the number on the container"
                    + " doors");
        }
        return Optional.empty();
    }

    public static boolean isValid(String containerNumber) {
        return problem(containerNumber).isEmpty();
    }

    /**
     * The check digit of the first ten characters: letters count from A = 10 upwards skipping multiples of 11,
     * digits count as themselves; character i is weighted 2^i; the sum mod 11, then mod 10.
     */
    public static int checkDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += valueOf(firstTen.charAt(i)) << i;
        }
        return sum % 11 % 10;
    }

    private static int valueOf(char c) {
        return c >= '0' && c <= '9' ? c - '0' : LETTER_VALUES[c - 'A'];
    }

    /** A = 10, B = 12, C = 13, ...: counting up from 10 and skipping the multiples of 11. */
    private static final int[] LETTER_VALUES = letterValues();

    private static int[] letterValues() {
        int[] values = new int[26];
        int value = 10;
        for (int i = 0; i < 26; i++) {
            if (value % 11 == 0) {
                value++;
            }
            values[i] = value++;
        }
        return values;
    }
}
