package org.shipshape.store.settings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shipshape.model.settings.Logo;
import org.shipshape.model.settings.Organisation;
import org.shipshape.store.db.Database;

/** The organisation printed as shipper (one row), and free-form settings (key and text value). */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Organisation organisation() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, address, country, registration_number, eori,"
                    + " contact, phone, email, signatory_name, signatory_title, default_currency, country_of_origin,"
                    + " logo, logo_type FROM organisation WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Organisation.unnamed();
                }
                return new Organisation(rs.getString("name"), rs.getString("address"), rs.getString("country"),
                        rs.getString("registration_number"), rs.getString("eori"), rs.getString("contact"),
                        rs.getString("phone"), rs.getString("email"), rs.getString("signatory_name"),
                        rs.getString("signatory_title"), rs.getString("default_currency"),
                        rs.getString("country_of_origin"), logo(rs));
            }
        });
    }

    private static Logo logo(ResultSet rs) throws SQLException {
        byte[] bytes = rs.getBytes("logo");
        String type = rs.getString("logo_type");
        return bytes == null || type == null ? null : new Logo(bytes, Logo.Type.valueOf(type.toUpperCase(Locale.ROOT)));
    }

    public void saveOrganisation(Organisation o) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE organisation SET name = ?, address = ?, country = ?,"
                    + " registration_number = ?, eori = ?, contact = ?, phone = ?, email = ?, signatory_name = ?,"
                    + " signatory_title = ?, default_currency = ?, country_of_origin = ?, logo = ?, logo_type = ?"
                    + " WHERE id = 1")) {
                ps.setString(1, o.name());
                ps.setString(2, o.address());
                ps.setString(3, o.country());
                ps.setString(4, o.registrationNumber());
                ps.setString(5, o.eori());
                ps.setString(6, o.contact());
                ps.setString(7, o.phone());
                ps.setString(8, o.email());
                ps.setString(9, o.signatoryName());
                ps.setString(10, o.signatoryTitle());
                ps.setString(11, o.defaultCurrency());
                ps.setString(12, o.countryOfOrigin());
                if (o.logo() == null) {
                    ps.setNull(13, Types.VARBINARY); // BLOB would be an "oid" for PostgreSQL
                    ps.setNull(14, Types.VARCHAR);
                } else {
                    ps.setBytes(13, o.logo().bytes());
                    ps.setString(14, o.logo().type().name().toLowerCase(Locale.ROOT));
                }
                return ps.executeUpdate();
            }
        });
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every free-form setting, by key. */
    public Map<String, String> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting");
                 ResultSet rs = ps.executeQuery()) {
                Map<String, String> result = new TreeMap<>();
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
                return result;
            }
        });
    }

    public void put(String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }
}
