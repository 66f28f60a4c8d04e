package org.shipshape.logic.text;

import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;

/**
 * The message catalogue of one language: every text the window and the command line show, from
 * {@code org/shipshape/text/messages.properties} (English) and {@code messages_<code>.properties} (one file per
 * other language). Every text is a {@link MessageFormat} pattern, so numbers, money and dates follow the language:
 * French gets a decimal comma and a narrow no-break space between thousands.
 *
 * <p>It is also the one place that writes numbers, weights, money and dates for people ({@link #number},
 * {@link #weight}, {@link #money}, {@link #date}...): screens, messages and commands all use it, so a weight reads the
 * same in a table, a gauge and a refusal. The texts come from the language; the formats follow the whole locale
 * given (a British or Belgian user keeps the country's date order).
 *
 * <p>Screens use it through {@code gui.common.Messages}; the command line through {@code RootOptions.text()}; logic
 * never does: it hands out {@link Message}s, which this class renders.
 */
public final class Catalogue {
    static final String BASE_NAME = "org.shipshape.text.messages";
    /** The key under which each catalogue names its language in that language ("Français"). */
    public static final String LANGUAGE_NAME = "common.language.name";
    /** English is the base file, so it is found for a language whose file is missing too (nothing falls back). */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentHashMap<String, Catalogue> LOADED = new ConcurrentHashMap<>();
    private static volatile List<Locale> spoken;

    private final Locale locale;
    private final ResourceBundle bundle;
    private final ZoneId zone;
    /** Parsed once per key: a table shows thousands of numbers through the same few patterns. */
    private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;
    /** Every pattern's placeholders without a type ({0}): one number format for all of them. */
    private final UntypedArgument untyped;

    private Catalogue(Locale locale, ResourceBundle bundle, ZoneId zone) {
        this.locale = locale;
        this.bundle = bundle;
        this.zone = zone;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        this.untyped = new UntypedArgument(locale);
    }

    /** The catalogue of a language that has one (see {@link #languages()}). */
    public static Catalogue of(Language language) {
        Locale wanted = Locale.forLanguageTag(language.code());
        if (!languages().contains(wanted)) {
            throw new IllegalArgumentException("Shipshape has no texts in " + language.nativeName() + " yet");
        }
        return of(wanted);
    }

    /**
     * The catalogue for the language of a locale, English when Shipshape does not speak it; numbers and dates
     * follow the locale itself when Shipshape speaks its language (en-GB: English texts, British dates).
     */
    public static Catalogue of(Locale locale) {
        Locale language = languageOf(locale);
        Locale formats = language.getLanguage().equals(locale.getLanguage()) ? locale : language;
        return LOADED.computeIfAbsent(formats.toLanguageTag(), tag -> new Catalogue(formats,
                ResourceBundle.getBundle(BASE_NAME, language, Catalogue.class.getClassLoader(), NO_FALLBACK),
                ZoneId.systemDefault()));
    }

    /** The same texts with times shown in another zone (tests; the app uses the computer's). */
    public Catalogue inZone(ZoneId otherZone) {
        return new Catalogue(locale, bundle, otherZone);
    }

    /**
     * Languages the user can choose: English, and each language whose file {@code messages_<code>.properties}
     * (an ISO 639 code) is there. Adding a language is adding its file; nothing else names the languages.
     */
    public static List<Locale> languages() {
        List<Locale> known = spoken;
        if (known == null) {
            known = languagesIn(Catalogue.class.getClassLoader());
            spoken = known;
        }
        return known;
    }

    /** The languages whose catalogue file the class loader finds, English first. */
    static List<Locale> languagesIn(ClassLoader loader) {
        List<Locale> found = new ArrayList<>(List.of(Locale.ENGLISH));
        Arrays.stream(Locale.getISOLanguages()).sorted()
                .filter(code -> !code.equals(Locale.ENGLISH.getLanguage()))
                .filter(code -> hasCatalogue(loader, code))
                .map(Locale::forLanguageTag).forEach(found::add);
        return List.copyOf(found);
    }

    /** The language of the locale (language only, no country) if Shipshape speaks it, otherwise English. */
    public static Locale languageOf(Locale locale) {
        List<Locale> known = spoken;
        if (known == null) {
            // only this language's file is looked for: listing them all looks for some 190 files on the class
            // path, about 60 ms of every command's start
            return languageOf(locale, Catalogue.class.getClassLoader());
        }
        Locale language = Locale.forLanguageTag(locale.getLanguage());
        return known.contains(language) ? language : Locale.ENGLISH;
    }

    /** The same, looking for the one catalogue file of the locale's language with this class loader. */
    static Locale languageOf(Locale locale, ClassLoader loader) {
        String code = locale.getLanguage();
        boolean spokenHere = !code.equals(Locale.ENGLISH.getLanguage())
                && Arrays.asList(Locale.getISOLanguages()).contains(code) && hasCatalogue(loader, code);
        return spokenHere ? Locale.forLanguageTag(code) : Locale.ENGLISH;
    }

    private static boolean hasCatalogue(ClassLoader loader, String code) {
        return loader.getResource(BASE_NAME.replace('.', '/') + "_" + code + ".properties") != null;
    }

    /** The language's name in itself, as its catalogue writes it ("Français", "Română"). */
    public String languageName() {
        return format(LANGUAGE_NAME, new Object[0]);
    }

    public Locale locale() {
        return locale;
    }

    /** Renders a message: its pattern in this language, with each argument formatted for it. */
    public String render(Message message) {
        Object[] arguments = message.arguments().stream().map(this::renderable).toArray();
        return format(message.key(), arguments);
    }

    /**
     * The text of a key with raw arguments, for screens and commands that name their texts directly. Messages,
     * dates and enums among the arguments are rendered as in {@link #render}; anything else goes to
     * {@link MessageFormat}.
     */
    public String text(String key, Object... arguments) {
        Object[] prepared = Arrays.stream(arguments)
                .map(a -> a instanceof Message || a instanceof Enum<?> || isDate(a) ? renderable(a) : a).toArray();
        return format(key, prepared);
    }

    /** A quantity, count or small weight: decimals only where there are some, up to three ("1,250", "0.35"). */
    public String number(BigDecimal value) {
        return value == null ? "" : format("common.number", new Object[] {value});
    }

    /** A weight of a package, a total or a payload, with one decimal ("76,565.6"), without its unit. */
    public String weight(BigDecimal kg) {
        return kg == null ? "" : format("common.weight", new Object[] {kg});
    }

    /** An amount of money beside its currency column, two decimals ("1,250.50"). */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : format("common.amount", new Object[] {amount});
    }

    /** A volume in cubic metres, two decimals ("1.73"). */
    public String volume(BigDecimal m3) {
        return m3 == null ? "" : format("common.volume", new Object[] {m3});
    }

    /**
     * Money with its currency as the locale writes it ("\u20ac10,923,302.56" in English, "10 923 302,56 \u20ac" in
     * French); a code Java does not know is written after the amount.
     */
    public String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        if (currencyCode == null) {
            return amount(amount);
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(currencyCode));
            return format.format(amount);
        } catch (IllegalArgumentException unknownCurrency) {
            return format("common.money", new Object[] {amount, currencyCode});
        }
    }

    /** A date in the locale's medium style ("4 Mar 2026" in Britain, "4 mars 2026" in French). */
    public String date(LocalDate date) {
        return date == null ? "" : (String) renderable(date);
    }

    /** Every key of the catalogue (the command line reads its help texts by prefix). */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /** Whether the catalogue has a text for the key (English has them all; tests check every other language). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String format(String key, Object[] arguments) {
        MessageFormat format = formats.computeIfAbsent(key, this::parsed);
        synchronized (format) { // a MessageFormat is not safe to share between threads while it formats
            return format.format(arguments);
        }
    }

    private MessageFormat parsed(String key) {
        try {
            MessageFormat format = new MessageFormat(bundle.getString(key), locale);
            Format[] elements = format.getFormats();
            for (int i = 0; i < elements.length; i++) {
                if (elements[i] == null) {
                    elements[i] = untyped;
                }
            }
            format.setFormats(elements);
            return format;
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The message catalogue has no text '" + key + "' ("
                    + locale.getLanguage() + ")", e);
        }
    }

    private Object renderable(Object argument) {
        if (argument instanceof Message nested) {
            return render(nested);
        }
        if (argument instanceof LocalDate date) {
            return dates.format(date);
        }
        if (argument instanceof LocalDateTime dateTime) {
            return dateTimes.format(dateTime);
        }
        if (argument instanceof Instant instant) {
            return renderable(LocalDateTime.ofInstant(instant, zone));
        }
        if (argument instanceof Enum<?> constant) {
            return format(enumKey(constant), new Object[0]);
        }
        return argument;
    }

    private static boolean isDate(Object argument) {
        return argument instanceof LocalDate || argument instanceof LocalDateTime || argument instanceof Instant;
    }

    /** {@code enum.ShipmentStatus.sealed}: the enum's simple name and its stored code (its name in lower case). */
    public static String enumKey(Enum<?> constant) {
        String code = constant instanceof CodedEnum coded ? coded.code() : constant.name().toLowerCase(Locale.ROOT);
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + code;
    }

    @Override
    public String toString() {
        return "Catalogue[" + locale.getLanguage() + "]";
    }

    /**
     * What MessageFormat writes for a placeholder without a type, with one number format kept for the catalogue:
     * MessageFormat makes a new one for every number it writes there, which was most of the time of printing a
     * customs pack's 2,000 warnings on the command line.
     */
    private static final class UntypedArgument extends Format {
        private final Locale locale;
        private final NumberFormat numbers;

        UntypedArgument(Locale locale) {
            this.locale = locale;
            this.numbers = NumberFormat.getInstance(locale);
        }

        @Override
        public StringBuffer format(Object argument, StringBuffer target, FieldPosition position) {
            if (argument instanceof Number) {
                synchronized (numbers) {
                    return numbers.format(argument, target, position);
                }
            }
            if (argument instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
                        .format(argument, target, position);
            }
            return target.append(argument);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("Messages are only written");
        }
    }
}
