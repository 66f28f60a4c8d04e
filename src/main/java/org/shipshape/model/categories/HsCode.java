package org.shipshape.model.categories;

import java.util.Optional;
import java.util.regex.Pattern;

/** A 6-digit Harmonized System code written {@code NNNN.NN}; the broker adds national digits. */
public record HsCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d{4}\\.\\d{2}");

    public HsCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("HS code must look like 6309.00 (four digits, a dot, two digits): " + value);
        }
    }

    /** Accepts {@code 630900}, {@code 6309.00} or {@code 6309 00}; empty input gives empty. */
    public static Optional<HsCode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s.]", "");
        if (!digits.matches("\\d{6}")) {
            throw new IllegalArgumentException("HS code must have 6 digits like 6309.00, not \"" + text.trim() + "\"");
        }
        return Optional.of(new HsCode(digits.substring(0, 4) + "." + digits.substring(4)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
