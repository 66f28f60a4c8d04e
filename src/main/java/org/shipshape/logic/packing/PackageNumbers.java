package org.shipshape.logic.packing;

import java.util.Optional;
import java.util.regex.Pattern;
import org.shipshape.model.common.Message;

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

    /** Why the number cannot be used ({@code packing.number.refused}); empty when it is fine. */
    public static Optional<Message> problem(String number) {
        if (isValid(number)) {
            return Optional.empty();
        }
        String text = number == null ? "" : number.trim();
        Message detail = text.isEmpty() ? Message.of("packing.number.empty")
                : text.length() > 40 ? Message.of("packing.number.tooLong")
                : text.codePoints().filter(c -> !isAllowed(c)).mapToObj(Character::toString).findFirst()
                        .map(c -> Message.of("packing.number.character", c))
                        .orElse(Message.of("packing.number.start"));
        return Optional.of(Message.of("packing.number.refused", text, detail));
    }

    private static boolean isAllowed(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '/');
    }
}
