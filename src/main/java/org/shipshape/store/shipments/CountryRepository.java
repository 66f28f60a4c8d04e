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
import org.shipshape.model.common.Versioned;
import org.shipshape.model.shipments.Country;
import org.shipshape.store.db.CodedRows;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.RecordVersions;

/** Destination countries with their names and document languages. */
public final class CountryRepository implements CodedRows<Country> {
    private final Database db;

    public CountryRepository(Database db) {
        this.db = db;
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public String table() {
        return "country";
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
        return Versioned.values(versioned());
    }

    /** Every country with the change of it that is stored, by code. */
    @Override
    public List<Versioned<Country>> versioned() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, document_languages, retired, "
                    + RecordVersions.COLUMNS + " FROM country ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<Versioned<Country>> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Versioned<>(new Country(rs.getString("code"), rs.getString("name"),
                            languages(rs.getString("document_languages")), rs.getInt("retired") != 0),
                            RecordVersions.read(rs)));
                }
                return result;
            }
        });
    }

    @Override
    public Optional<Country> find(String code) {
        return countries().stream().filter(c -> c.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    @Override
    public void insert(Country country) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO country (name, document_languages, retired,"
                    + " changed_by, changed_at, code) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(RecordVersions.bindStamp(ps, bind(ps, country), db), country.code());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Changes name, languages and retirement of the country with this code (the code is its identity) while it is
     * still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    @Override
    public void update(Country country, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE country SET name = ?, document_languages = ?,"
                    + " retired = ?, " + RecordVersions.STAMP + " WHERE code = ? AND version = ?")) {
                RecordVersions.updateAt(ps, bind(ps, country), db, c, row(country.code()), expectedVersion);
                return null;
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

    /** Binds every field but the code from parameter 1 on; returns the next index. */
    private static int bind(PreparedStatement ps, Country country) throws SQLException {
        ps.setString(1, country.name());
        ps.setString(2, codes(country.documentLanguages()));
        ps.setInt(3, country.retired() ? 1 : 0);
        return 4;
    }

    static String codes(List<Language> languages) {
        return languages.stream().map(Language::code).collect(Collectors.joining(";"));
    }

    static List<Language> languages(String codes) {
        return Arrays.stream(codes == null ? new String[0] : codes.split(";"))
                .map(Language::fromCode).flatMap(Optional::stream).toList();
    }
}
