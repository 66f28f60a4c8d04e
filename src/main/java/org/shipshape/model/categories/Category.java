package org.shipshape.model.categories;

import org.shipshape.model.intake.HandlingFlag;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shipshape.model.common.Language;

/**
 * A kind of goods ("Kitchenware", "Children's clothes 0-2 y") with defaults for intake and packing.
 *
 * @param translations name per language; English is {@link #name()} itself
 */
public record Category(long id, String name, HsCode hsCode, String defaultUnit, BigDecimal defaultUnitKg,
                       Set<HandlingFlag> flags, Map<Language, String> translations) {
    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultUnit, "defaultUnit");
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    public boolean has(HandlingFlag flag) {
        return flags.contains(flag);
    }

    /** The name in the given language, falling back to English. */
    public String nameIn(Language language) {
        return language == Language.EN ? name : translations.getOrDefault(language, name);
    }
}
