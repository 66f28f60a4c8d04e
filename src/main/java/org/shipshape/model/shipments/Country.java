package org.shipshape.model.shipments;

import java.util.List;
import java.util.Objects;
import org.shipshape.model.common.Language;

/** A destination country with the languages its documents are printed in (editable data). */
public record Country(String code, String name, List<Language> documentLanguages) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        documentLanguages = documentLanguages == null ? List.of() : List.copyOf(documentLanguages);
    }
}
