package org.shipshape.model.customs;

import java.util.Objects;
import org.shipshape.model.common.Language;

/**
 * One fixed text of the documents in one language ("Humanitarian aid - not for sale"), editable data.
 *
 * @param key     what the documents ask for ("aid", "title.packing-list")
 * @param checked true once a native speaker confirmed the wording
 */
public record Phrase(String key, Language language, String text, boolean checked) {
    public Phrase {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
