package org.shipshape.model.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum with a stable lower-case code used in the database, in CSV files and on the command line
 * (for example {@code used-good}), so renaming a constant never changes stored data.
 */
public interface CodedEnum {
    String code();

    static <E extends Enum<E> & CodedEnum> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
    }

    /** The codes of all constants, comma separated, for messages such as "use one of ...". */
    static <E extends Enum<E> & CodedEnum> String codes(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList());
    }
}
