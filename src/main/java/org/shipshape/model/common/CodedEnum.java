package org.shipshape.model.common;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum with a stable lower-case code used in the database, in CSV files and on the command line
 * (for example {@code used-good}), so renaming a constant never changes stored data.
 */
public interface CodedEnum {
    String code();

    /**
     * The constant with this code, forgiving case, surrounding spaces and "_" or " " for "-". Looked up in a map
     * per enum: the store reads several codes for each of 100,000 inventory rows.
     */
    static <E extends Enum<E> & CodedEnum> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Map<String, ?> byCode = Codes.BY_CODE.get(type);
        Object exact = byCode.get(code);
        if (exact == null) {
            exact = byCode.get(code.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'));
        }
        return Optional.ofNullable(type.cast(exact));
    }

    /** The constants of each coded enum by code, built on first use. */
    final class Codes {
        private static final ClassValue<Map<String, ?>> BY_CODE = new ClassValue<>() {
            @Override
            protected Map<String, ?> computeValue(Class<?> type) {
                Map<String, Object> codes = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    codes.putIfAbsent(((CodedEnum) constant).code(), constant);
                }
                return Map.copyOf(codes);
            }
        };

        private Codes() {
        }
    }

    /** The codes of all constants, comma separated, for messages such as "use one of ...". */
    static <E extends Enum<E> & CodedEnum> String codes(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList());
    }
}
