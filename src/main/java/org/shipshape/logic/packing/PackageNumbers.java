package org.shipshape.logic.packing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The alphabet of package numbers: ASCII letters and digits, then also {@code - . _ /}, 1 to 40 characters, like
 * {@code MLI-0142}. Every such number fits Code 128 (the barcode every scanner reads) and is typed the same by a
 * USB scanner on any keyboard layout; an accented letter or a space would break the label or the scan.
 */
public final class PackageNumbers {
    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    private PackageNumbers() {
    }

    public static boolean isValid(String number) {
        return number != null && ALPHABET.matcher(number).matches();
    }

    /** Why the number cannot be used, as the end of a sentence that starts with the field or row; empty when fine. */
    public static Optional<String> problem(String number) {
        if (isValid(number)) {
            return Optional.empty();
        }
        String text = number == null ? "" : number.trim();
        String detail = text.isEmpty() ? "it is empty" : text.length() > 40 ? "it is longer than 40 characters"
                : text.codePoints().filter(c -> !isAllowed(c)).mapToObj(c -> "\"" + Character.toString(c) + "\"")
                        .findFirst().map(c -> "it has " + c + ", which a barcode label cannot hold")
                        .orElse("it must start with a letter or digit");
        return Optional.of("\"" + text + "\" cannot be a package number: " + detail + "; use letters A-Z, digits and"
                + " - . _ /, like MLI-0142");
    }

    private static boolean isAllowed(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '/');
    }
}
