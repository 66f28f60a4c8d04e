package org.shipshape.logic.io;

import java.math.BigDecimal;
import java.util.Optional;
import org.shipshape.model.common.Message;

/**
 * The numbers a field accepts: greater than zero (or zero too), at most a bound no real warehouse reaches, and no
 * finer than the unit the store keeps (a cent, a gram, a whole centimetre). Anything else is refused with a
 * sentence, never rounded away or stored as infinity. The check looks at the digits and the exponent before any
 * arithmetic, so {@code 1e-999999999} or a 20-digit value is refused at once.
 */
public record NumberRange(String kind, BigDecimal largest, int decimals, boolean zeroAllowed) {
    /** A count of things in one row: up to a million, three decimals for goods counted by weight or length. */
    public static final NumberRange QUANTITY = new NumberRange("quantity", new BigDecimal("1000000"), 3, false);
    /** A weight in kg: up to 50,000 kg (more than any container carries), to the gram. */
    public static final NumberRange KILOGRAMS = new NumberRange("kg", new BigDecimal("50000"), 3, false);
    /** A package size in cm: whole centimetres up to 1,500 cm (longer than a 40 ft container). */
    public static final NumberRange CENTIMETRES = new NumberRange("cm", new BigDecimal("1500"), 0, false);
    /** An amount of money: up to 10,000,000, to the cent; zero allowed (a line value says when it is not). */
    public static final NumberRange MONEY = new NumberRange("money", new BigDecimal("10000000"), 2, true);

    /** Longer text is no number a person typed; refusing it first keeps the parser's work bounded. */
    private static final int LONGEST_TEXT = 40;

    /** The same range with zero refused. */
    public NumberRange positive() {
        return new NumberRange(kind, largest, decimals, false);
    }

    /**
     * The number in the text (decimal comma or point, thousands separators as {@link LenientParsing#decimal}
     * reads them); empty for empty text.
     *
     * @throws IllegalArgumentException saying what is wrong and what to write instead ({@link RefusedValue} for
     *                                  a number outside the range)
     */
    public Optional<BigDecimal> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.trim();
        if (typed.length() > LONGEST_TEXT) {
            throw new RefusedValue(Message.of("io.number.tooLong", typed.substring(0, 20), name(), largest));
        }
        BigDecimal value = LenientParsing.decimal(typed).orElseThrow();
        return Optional.of(check(value, typed));
    }

    /** Checks a number that is already parsed (typed on a screen); returns it unchanged. */
    public BigDecimal check(BigDecimal value, String typed) {
        if (value.signum() < 0 || value.signum() == 0 && !zeroAllowed) {
            throw new RefusedValue(Message.of(zeroAllowed ? "io.number.negative" : "io.number.notPositive", typed));
        }
        // precision - scale is the number of digits before the point; it is known without any arithmetic
        if (value.signum() != 0 && (long) value.precision() - value.scale() > largest.precision() - largest.scale()
                || value.compareTo(largest) > 0) {
            throw new RefusedValue(Message.of("io.number.tooLarge", typed, name(), largest));
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > decimals) {
            throw new RefusedValue(Message.of("io.number.tooFine", typed, name(),
                    Message.of("io.number.finest." + kind), decimals));
        }
        return value;
    }

    private Message name() {
        return Message.of("io.number.kind." + kind);
    }
}
