package org.shipshape.model.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell the user, not yet in a language: a key of the message catalogue
 * ({@code org/shipshape/text/messages.properties}) and the values for its placeholders. Logic returns and throws
 * these instead of sentences; the window and the command line render them in the user's language
 * ({@code logic.text.Catalogue#render}).
 *
 * <p>Arguments are kept as values so the renderer can format them for the language: text ({@link String}, shown as
 * given: package numbers, references, names), whole numbers ({@link Integer}, {@link Long}, {@link BigInteger}),
 * decimals ({@link BigDecimal}: weights, money; the pattern says how, e.g. {@code {0,number,#,##0.00}}), dates
 * ({@link LocalDate}, {@link LocalDateTime}, {@link Instant}), enums (shown by their catalogue text
 * {@code enum.<SimpleName>.<code>}) and other messages (rendered first, for a sentence built of parts). Anything
 * else is refused here, so a message never depends on a {@code toString()}.
 */
public record Message(String key, List<Object> arguments) {
    public Message {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("A message needs a key");
        }
        arguments = List.copyOf(arguments); // also refuses null arguments: a missing value is a bug, not a blank
        for (Object argument : arguments) {
            if (!isAllowed(argument)) {
                throw new IllegalArgumentException("Message " + key + ": argument of type "
                        + argument.getClass().getName() + " cannot be rendered; pass text, a number, a date, an enum"
                        + " or a message");
            }
        }
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    private static boolean isAllowed(Object argument) {
        return argument instanceof String || argument instanceof Integer || argument instanceof Long
                || argument instanceof Short || argument instanceof BigInteger || argument instanceof BigDecimal
                || argument instanceof Double || argument instanceof LocalDate || argument instanceof LocalDateTime
                || argument instanceof Instant || argument instanceof Enum<?> || argument instanceof Message;
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? key : key + arguments;
    }
}
