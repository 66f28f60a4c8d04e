package org.shipshape.model.customs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.shipshape.model.common.Language;

/**
 * The editable fixed phrases, titles and field labels of the documents, by key and language (table
 * {@code phrase}). English is the fallback when a translation is missing.
 */
public final class PhraseBook {
    private final Map<String, Map<Language, String>> texts;

    public PhraseBook(Map<String, Map<Language, String>> texts) {
        Map<String, Map<Language, String>> copy = new HashMap<>();
        texts.forEach((key, byLanguage) -> copy.put(key, Map.copyOf(byLanguage)));
        this.texts = Map.copyOf(copy);
    }

    /** The text in the language, if that translation exists. */
    public Optional<String> find(String key, Language language) {
        return Optional.ofNullable(texts.getOrDefault(key, Map.of()).get(language));
    }

    /** The text in the language, else in English, else the key itself (so a missing phrase is visible). */
    public String text(String key, Language language) {
        return find(key, language).or(() -> find(key, Language.EN)).orElse(key);
    }

    public boolean has(String key, Language language) {
        return find(key, language).isPresent();
    }
}
