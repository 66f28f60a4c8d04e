package org.shipshape.gui.common;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;

/**
 * User-visible text of one screen: the keys of the message catalogue that start with the screen class's simple
 * name ({@code Messages.of(LoadingView.class).get("title")} reads {@code LoadingView.title} from
 * {@code org/shipshape/text/messages.properties}, or the file of the chosen language). The window's language is
 * the default locale, set once at start from the stored choice ({@code gui.settings.UiLanguage}).
 */
public final class Messages {
    private final Catalogue catalogue;
    private final String namespace;

    private Messages(Catalogue catalogue, String namespace) {
        this.catalogue = catalogue;
        this.namespace = namespace;
    }

    public static Messages of(Class<?> screen) {
        return new Messages(Catalogue.of(Locale.getDefault()), screen.getSimpleName() + ".");
    }

    /** The screen's text {@code <Screen>.<key>}, with its arguments formatted for the language. */
    public String get(String key, Object... arguments) {
        return catalogue.text(namespace + key, arguments);
    }

    /** The screen's text {@code <Screen>.<key>} as a message, for a screen that hands a message on to logic. */
    public Message message(String key, Object... arguments) {
        return Message.of(namespace + key, arguments);
    }

    /** A message from logic (a refusal, a problem) in the window's language. */
    public String render(Message message) {
        return catalogue.render(message);
    }

    /** Whether the screen has a text {@code <Screen>.<key>} in the window's language. */
    public boolean has(String key) {
        return catalogue.has(namespace + key);
    }

    /** An enum value as the window's language names it ({@code enum.ShipmentStatus.sealed}). */
    public String name(Enum<?> value) {
        return value == null ? "" : catalogue.text(Catalogue.enumKey(value));
    }

    /** Several messages from logic (the problems of a rejection) in the window's language, joined. */
    public String render(Collection<Message> messages, String separator) {
        return String.join(separator, messages.stream().map(catalogue::render).toList());
    }

    /** A value as the window shows it in its language: an enum's text, a date, a number. */
    public String value(Object value) {
        return catalogue.render(Message.of("common.value", value));
    }

    /** A quantity or weight: up to three decimals, the language's separators ({@code 1 234,5}). */
    public String number(BigDecimal value) {
        return catalogue.number(value);
    }

    /**
     * A number to put into an input field: the language's decimal separator and no grouping ({@code 1234,5}), so
     * whatever reads the field back (a scale's text, {@link NumberInput}) reads the same number.
     */
    public String input(BigDecimal value) {
        return value == null ? "" : catalogue.text("common.inputNumber", value);
    }

    /** An amount of money: two decimals, the language's separators ({@code 1 234,50}). */
    public String money(BigDecimal amount) {
        return catalogue.amount(amount);
    }

    /** A number typed in the window, read in its language (see {@link NumberInput}). */
    public Optional<BigDecimal> parseNumber(String typed) {
        return NumberInput.parse(typed, catalogue.locale());
    }

    public Catalogue catalogue() {
        return catalogue;
    }
}
