package org.shipshape.model.shipments;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.shipshape.model.common.Message;

/**
 * A container number as ISO 6346 defines it: 3-letter owner code, category letter (U freight container,
 * J detachable equipment, Z trailer or chassis), 6-digit serial and a check digit, such as {@code CSQU3054383}.
 */
public record ContainerNumber(String value) {
    private static final String EXAMPLE = "CSQU3054383";

    public ContainerNumber {
        Objects.requireNonNull(value, "value");
        Optional<Message> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not a valid container number: " + value + " (" + problem.get() + ")");
        }
    }

    /** Accepts lower case and the spaces or hyphens printed on container doors ("CSQU 305438-3"). */
    public static ContainerNumber parse(String text) {
        return new ContainerNumber(normalise(text));
    }

    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Why the text is not a valid container number ({@code shipments.containerNumber.*}, naming the number and
     * giving an example); empty when it is valid.
     */
    public static Optional<Message> problem(String text) {
        String n = normalise(text);
        if (n.isEmpty()) {
            return Optional.of(Message.of("shipments.containerNumber.empty", EXAMPLE));
        }
        if (n.length() != 11) {
            return Optional.of(Message.of("shipments.containerNumber.length", n, EXAMPLE));
        }
        for (int i = 0; i < 3; i++) {
            if (n.charAt(i) < 'A' || n.charAt(i) > 'Z') {
                return Optional.of(Message.of("shipments.containerNumber.owner", n));
            }
        }
        char category = n.charAt(3);
        if (category != 'U' && category != 'J' && category != 'Z') {
            return Optional.of(Message.of("shipments.containerNumber.category", n, String.valueOf(category)));
        }
        for (int i = 4; i < 11; i++) {
            if (!Character.isDigit(n.charAt(i)) || n.charAt(i) > '9') {
                return Optional.of(Message.of("shipments.containerNumber.digits", n));
            }
        }
        int expected = checkDigit(n.substring(0, 10));
        if (n.charAt(10) - '0' != expected) {
            return Optional.of(Message.of("shipments.containerNumber.checkDigit", n, String.valueOf(expected)));
        }
        return Optional.empty();
    }

    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /**
     * The check digit of the first 10 characters: each character's value (digits their own, letters from A = 10
     * upwards skipping multiples of 11) times 2 to the power of its position, summed, mod 11, then mod 10.
     */
    public static int checkDigit(String firstTen) {
        if (firstTen.length() != 10) {
            throw new IllegalArgumentException("The check digit is computed from exactly 10 characters: " + firstTen);
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += characterValue(firstTen.charAt(i)) << i;
        }
        return sum % 11 % 10;
    }

    static int characterValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c < 'A' || c > 'Z') {
            throw new IllegalArgumentException("Not a letter or digit of a container number: " + c);
        }
        int value = 10;
        for (char letter = 'A'; letter < c; letter++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }

    public String ownerCode() {
        return value.substring(0, 3);
    }

    public char categoryLetter() {
        return value.charAt(3);
    }

    public String serial() {
        return value.substring(4, 10);
    }

    @Override
    public String toString() {
        return value;
    }
}
