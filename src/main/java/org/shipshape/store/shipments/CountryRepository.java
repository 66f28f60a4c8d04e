package org.shipshape.store.shipments;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.Country;
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

    /** Destination countries with their document languages, retired ones included, by code. */
    public List<Country> countries() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, name, document_languages, retired FROM country ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<Country> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Country(rs.getString("code"), rs.getString("name"),
                            languages(rs.getString("document_languages")), rs.getInt("retired") != 0));
                }
                return result;
            }
        });
    }

    public Optional<Country> find(String code) {
        return countries().stream().filter(c -> c.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    public void insert(Country country) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO country (name, document_languages, retired, code) VALUES (?, ?, ?, ?)")) {
                bind(ps, country);
                return ps.executeUpdate();
            }
        });
    }

    /** Changes name, languages and retirement of the country with this code (the code is its identity). */
    public void update(Country country) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE country SET name = ?, document_languages = ?, retired = ? WHERE code = ?")) {
                bind(ps, country);
                return ps.executeUpdate();
            }
        });
    }

    public void delete(String code) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM country WHERE code = ?")) {
                ps.setString(1, code);
                return ps.executeUpdate();
            }
        });
    }

    /** How many shipments (of any status) go to this country. */
    public int shipmentsTo(String code) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM shipment WHERE country_code = ? COLLATE NOCASE")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, Country country) throws SQLException {
        ps.setString(1, country.name());
        ps.setString(2, codes(country.documentLanguages()));
        ps.setInt(3, country.retired() ? 1 : 0);
        ps.setString(4, country.code());
    }

    static String codes(List<Language> languages) {
        return languages.stream().map(Language::code).collect(Collectors.joining(";"));
    }

    static List<Language> languages(String codes) {
        return Arrays.stream(codes == null ? new String[0] : codes.split(";"))
                .map(Language::fromCode).flatMap(Optional::stream).toList();
    }
}
