package org.shipshape.gui.common;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.shipshape.model.common.Message;

/**
 * A number as a volunteer types it in the window, read in the window's language: the language's decimal separator
 * ({@code 12,5} in French, {@code 12.5} in English), its grouping where people type one ({@code 1,234.5} in English),
 * spaces between thousands in any language. The other decimal separator is accepted too when it cannot be a
 * grouping ({@code 12.5} in French); a number that could be read two ways ({@code 1.234} in French) is refused
 * rather than guessed.
 */
public final class NumberInput {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");
    private static final Pattern ZEROS = Pattern.compile("[+-]?0*");
    private static final Pattern FRACTION = Pattern.compile("\\d+");
    /** A whole part grouped in thousands by the separator the language does not use for decimals. */
    private static final Pattern GROUPED_BY_COMMA = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})*");
    /**
     * Read only, once per language: {@code getInstance} builds new symbols on every call, half the time of reading a
     * number back when a table fits its columns to 400 rows.
     */
    private static final Map<Locale, DecimalFormatSymbols> SYMBOLS = new ConcurrentHashMap<>();
    private static final Pattern GROUPED_BY_POINT = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})*");

    private NumberInput() {
    }

    /** The typed text would be read wrong or not at all; {@link #reason()} says what to type instead. */
    public static final class Refused extends IllegalArgumentException {
        private final transient Message reason;

        public Refused(Message reason) {
            super(reason.toString());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }

    /**
     * @return empty for blank text
     * @throws Refused when the text is not a number, or could be read two ways
     */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.trim();
        String s = SPACES.matcher(typed).replaceAll("");
        DecimalFormatSymbols symbols = SYMBOLS.computeIfAbsent(locale, DecimalFormatSymbols::getInstance);
        char decimal = symbols.getDecimalSeparator();
        char other = decimal == ',' ? '.' : ',';
        boolean otherGroups = symbols.getGroupingSeparator() == other;
        String wholePart = s;
        String fraction = "";
        boolean separated = false;
        int decimalAt = s.indexOf(decimal);
        if (decimalAt >= 0) {
            separated = true;
            wholePart = s.substring(0, decimalAt);
            fraction = s.substring(decimalAt + 1);
        } else if (s.indexOf(other) >= 0 && s.indexOf(other) == s.lastIndexOf(other)) {
            int otherAt = s.indexOf(other);
            boolean couldGroup = s.length() - otherAt - 1 == 3 && !ZEROS.matcher(s.substring(0, otherAt)).matches();
            if (couldGroup && !otherGroups) {
                throw new Refused(Message.of("common.input.ambiguous", typed,
                        s.substring(0, otherAt) + s.substring(otherAt + 1), s.replace(other, decimal)));
            }
            if (!couldGroup) { // "12.5" in French: only a decimal separator can be meant
                separated = true;
                wholePart = s.substring(0, otherAt);
                fraction = s.substring(otherAt + 1);
            }
        }
        if (otherGroups) {
            // a table fitting its columns reads 400 rows of numbers back: the pattern is compiled once, not per number
            Pattern grouped = other == ',' ? GROUPED_BY_COMMA : GROUPED_BY_POINT;
            if (!grouped.matcher(wholePart).matches() && !DIGITS.matcher(wholePart).matches()) {
                throw notANumber(typed);
            }
            wholePart = wholePart.replace(String.valueOf(other), "");
        }
        if (!DIGITS.matcher(wholePart).matches() || !fraction.isEmpty() && !FRACTION.matcher(fraction).matches()
                || separated && fraction.isEmpty()) {
            throw notANumber(typed);
        }
        return Optional.of(new BigDecimal(fraction.isEmpty() ? wholePart : wholePart + "." + fraction));
    }

    private static Refused notANumber(String typed) {
        return new Refused(Message.of("common.input.notNumber", typed));
    }
}
