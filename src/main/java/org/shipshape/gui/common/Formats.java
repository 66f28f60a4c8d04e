package org.shipshape.gui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How the window writes numbers, money, weights and dates: in the user's locale (the window's language), with
 * thousands separators, the same way on every screen and in every message ({@code {0,number,#,##0.0}} in the
 * catalogue gives the same text as {@link #kg}).
 */
public final class Formats {
    private final Locale locale;

    private Formats(Locale locale) {
        this.locale = locale;
    }

    /** The window's formats (the default locale is the window's language, see {@code UiLanguage}). */
    public static Formats current() {
        return new Formats(Locale.getDefault());
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** A weight such as a package, a total or a payload: one decimal, "76,565.6". */
    public String kg(BigDecimal kg) {
        return kg == null ? "" : pattern("#,##0.0").format(kg);
    }

    /** A small weight such as a unit weight, up to three decimals: "0.35". */
    public String unitKg(BigDecimal kg) {
        return kg == null ? "" : pattern("#,##0.###").format(kg);
    }

    /** A count or quantity, decimals only where there are some: "1,250", "12.5". */
    public String quantity(BigDecimal quantity) {
        return quantity == null ? "" : pattern("#,##0.###").format(quantity);
    }

    /** An amount of money without its currency (beside a currency column): "1,250.50". */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : pattern("#,##0.00").format(amount);
    }

    public String count(long count) {
        return pattern("#,##0").format(count);
    }

    /** A volume in cubic metres: "1.73". */
    public String m3(BigDecimal m3) {
        return m3 == null ? "" : pattern("#,##0.00").format(m3);
    }

    /** Money with its currency in the user's way: "€10,923,302.56" in English, "10 923 302,56 €" in French. */
    public String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(currencyCode));
            return format.format(amount);
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return pattern("#,##0.00").format(amount) + (currencyCode == null ? "" : " " + currencyCode);
        }
    }

    /** A share as a percentage: "92 %". */
    public String percent(double share) {
        return pattern("#,##0").format(Math.round(share * 100)) + " %";
    }

    /** A date in the user's medium style: "Mar 4, 2026", "4 mars 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    private DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    }
}
