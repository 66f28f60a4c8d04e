package org.shipshape.model.shipments;

import org.shipshape.model.common.CodedEntry;
import java.util.List;
import java.util.Objects;
import org.shipshape.model.common.Language;

/**
 * A destination country with the languages its documents are printed in (editable data).
 *
 * @param retired true once the charity no longer ships there: no longer offered, kept on old shipments
 */
public record Country(String code, String name, List<Language> documentLanguages, boolean retired) implements CodedEntry<Country> {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        documentLanguages = documentLanguages == null ? List.of() : List.copyOf(documentLanguages);
    }

    public Country(String code, String name, List<Language> documentLanguages) {
        this(code, name, documentLanguages, false);
    }

    @Override
    public Country withRetired(boolean value) {
        return new Country(code, name, documentLanguages, value);
    }

    public Country withLanguages(List<Language> languages) {
        return new Country(code, name, languages, retired);
    }
}
