package org.shipshape.model.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Languages that labels and customs documents can be printed in. */
public enum Language {
    EN("en", "English"),
    FR("fr", "Français"),
    RO("ro", "Română"),
    RU("ru", "Русский"),
    HY("hy", "Հայերեն");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    /** ISO 639-1 code, as stored in the database. */
    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }
}
