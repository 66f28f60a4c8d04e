package org.shipshape.store.shipments;

import java.util.Arrays;
import java.util.ArrayList;
import org.shipshape.model.shipments.Country;
import org.shipshape.model.common.Language;
import java.util.List;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.shipshape.store.db.Database;

/** Destination countries with their names and document languages. */
public final class CountryRepository {
    private final Database db;

    public CountryRepository(Database db) {
        this.db = db;
    }

    /** The country's name for labels, or empty when the country is not in the table. */
    public Optional<String> countryName(String countryCode) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM country WHERE upper(code) = upper(?)")) {
                ps.setString(1, countryCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Destination countries with their document languages, by code. */
    public List<Country> countries() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, name, document_languages FROM country ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<Country> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Country(rs.getString("code"), rs.getString("name"),
                            languages(rs.getString("document_languages"))));
                }
                return result;
            }
        });
    }

    static List<Language> languages(String codes) {
        return Arrays.stream(codes == null ? new String[0] : codes.split(";"))
                .map(Language::fromCode).flatMap(Optional::stream).toList();
    }
}
