package org.shipshape.logic.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.common.Message;

/** Numbers and dates as people type them in spreadsheets from several countries. */
public final class LenientParsing {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private LenientParsing() {
    }

    /**
     * Reads "12.5", "12,5", "1 234,56", "1.234,56" and "1,234.56". The last '.' or ',' is the decimal separator
     * unless the other one also appears after it; a lone separator followed by exactly three digits in a number
     * that has both kinds is a thousands separator. Empty text gives empty.
     */
    public static Optional<BigDecimal> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (isPlainDecimal(text)) {
            return Optional.of(new BigDecimal(text)); // "12" or "3.5", as most cells are: no clean-up needed
        }
        String s = text.trim().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            if (lastComma > lastDot) {
                s = s.replace(".", "").replace(',', '.');
            } else {
                s = s.replace(",", "");
            }
        } else if (lastComma >= 0) {
            s = s.indexOf(',') == lastComma ? s.replace(',', '.') : s.replace(",", "");
        } else if (lastDot >= 0 && s.indexOf('.') != lastDot) {
            s = s.replace(".", "");
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new RefusedValue(Message.of("io.number.notNumber", text.trim()));
        }
    }

    /** One to three digits, a comma, exactly three digits: "1,234". */
    private static final java.util.regex.Pattern COMMA_THEN_THREE_DIGITS =
            java.util.regex.Pattern.compile("[+-]?(\\d{1,3}),(\\d{3})");

    /**
     * Why "1,234" cannot be read where a comma may separate thousands or decimals (a comma-separated file, where
     * the spreadsheet that wrote it may have used either): it is 1234 to one reader and 1.234 to another, and
     * {@link #decimal} would silently take the second. Empty for any other text.
     */
    public static Optional<Message> ambiguousThousands(String text) {
        if (text == null || text.indexOf(',') < 0) {
            return Optional.empty(); // most numbers: no pattern match per cell (three per row of an import)
        }
        java.util.regex.Matcher m = COMMA_THEN_THREE_DIGITS.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String sign = text.trim().startsWith("-") ? "-" : "";
        return Optional.of(Message.of("io.number.ambiguousComma", text.trim(), sign + m.group(1) + m.group(2),
                sign + m.group(1) + "." + m.group(2)));
    }

    /** 2026-03-14 read without a formatter (most files use it, on every row); null for anything else. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = Decimals.digitsValue(s, 0, 4);
        int month = Decimals.digitsValue(s, 5, 7);
        int day = Decimals.digitsValue(s, 8, 10);
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null; // the formatters give the precise refusal
        }
        return LocalDate.of(year, month, day);
    }

    /** Digits with at most one point between digits: what BigDecimal reads exactly as a person meant it. */
    private static boolean isPlainDecimal(String text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return false;
        }
        int point = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > 0 && i < length - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true; // the slow path reads such text the same way (a lone point is the decimal point)
    }

    /** The years a warehouse record can fall in; 0000 or +99999 is a typing or export mistake. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /**
     * Reads ISO dates (2026-03-14) and day-first dates (14/03/2026, 14.03.2026), in the years
     * {@value #FIRST_YEAR}-{@value #LAST_YEAR}. Empty text gives empty.
     */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim();
        LocalDate iso = isoDate(s);
        if (iso != null) {
            return Optional.of(iso);
        }
        for (DateTimeFormatter format : DATES) {
            LocalDate date;
            try {
                date = LocalDate.parse(s, format);
            } catch (DateTimeException e) {
                continue; // try the next accepted form
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw new RefusedValue(Message.of("io.date.yearOutOfRange", s, date.getYear(), FIRST_YEAR,
                        LAST_YEAR));
            }
            return Optional.of(date);
        }
        throw new RefusedValue(Message.of("io.date.notDate", s));
    }
}
