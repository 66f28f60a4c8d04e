package org.shipshape.cli.common;

import java.math.BigDecimal;
import java.util.Locale;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Message;

/** Option values as people type them, read or refused with the command's own message naming the option. */
public final class TypedValues {
    private TypedValues() {
    }

    /** An enum by its code ("used-good"), any case. */
    public static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String text, String problemKey) {
        return CodedEnum.fromCode(type, text.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UserInputException(Message.of(problemKey, text)));
    }

    /** A decimal typed with a point or a comma ("12.5", "12,5"). */
    public static BigDecimal number(String text, String problemKey) {
        try {
            return LenientParsing.decimal(text).orElseThrow(() -> new UserInputException(Message.of(problemKey, text)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(Message.of(problemKey, text));
        }
    }

    /** A whole number such as an item number. */
    public static long wholeNumber(String text, String problemKey) {
        try {
            return number(text, problemKey).longValueExact();
        } catch (ArithmeticException e) {
            throw new UserInputException(Message.of(problemKey, text));
        }
    }
}
