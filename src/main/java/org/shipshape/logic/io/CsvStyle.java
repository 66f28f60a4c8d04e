package org.shipshape.logic.io;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * How a CSV file separates its fields and writes decimals, so the spreadsheet of the person who opens it reads it
 * in columns: Excel in English expects {@code ,} and {@code 12.5}; Excel in French (and wherever the decimal
 * separator is a comma) expects {@code ;} and {@code 12,5}.
 *
 * @param locale the language the file is written for ({@link Locale#ROOT} for the standard style)
 */
public record CsvStyle(char delimiter, char decimalSeparator, Locale locale) {
    /** Comma separated, decimal point: what most tools and English spreadsheets read. */
    public static final CsvStyle STANDARD = new CsvStyle(',', '.', Locale.ROOT);
    /** Setting (table settings) naming the language CSV exports are written for, such as {@code fr}. */
    public static final String SETTING = "exports.csv_locale";

    /** The style a spreadsheet in this language reads: semicolons and decimal commas where the decimal is a comma. */
    public static CsvStyle forLocale(Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return decimal == ',' ? new CsvStyle(';', ',', locale) : new CsvStyle(',', '.', locale);
    }

    /**
     * The style for a language tag as typed ({@code fr}, {@code fr-BE}, {@code en}); empty when the text names no
     * language.
     */
    public static Optional<CsvStyle> forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(forLocale(locale));
    }

    /** The style the organisation chose in its settings ({@link #SETTING}), the standard one otherwise. */
    public static CsvStyle fromSetting(Optional<String> setting) {
        return setting.flatMap(CsvStyle::forTag).orElse(STANDARD);
    }

    /** A number as this style writes it: plain digits, no grouping, its decimal separator. */
    public String number(Number number) {
        String plain = number instanceof java.math.BigDecimal d ? d.toPlainString() : number.toString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }
}
