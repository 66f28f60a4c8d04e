package org.shipshape.store.settings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.shipshape.model.settings.Organisation;
import org.shipshape.store.db.Database;

/** The organisation printed as shipper, and free-form settings. */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Organisation organisation() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, address, phone, email, contact,"
                    + " signatory_name, signatory_title, default_currency, country_of_origin FROM organisation");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Organisation.unnamed();
                }
                return new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
            }
        });
    }

    public void saveOrganisation(Organisation o) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE organisation SET name = ?, address = ?, phone = ?,"
                    + " email = ?, contact = ?, signatory_name = ?, signatory_title = ?, default_currency = ?,"
                    + " country_of_origin = ? WHERE id = 1")) {
                ps.setString(1, o.name());
                ps.setString(2, o.address());
                ps.setString(3, o.phone());
                ps.setString(4, o.email());
                ps.setString(5, o.contact());
                ps.setString(6, o.signatoryName());
                ps.setString(7, o.signatoryTitle());
                ps.setString(8, o.defaultCurrency());
                ps.setString(9, o.countryOfOrigin());
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
