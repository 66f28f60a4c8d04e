package org.shipshape.store.customs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.common.Severity;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** Editable destination rules (table destination_rule), read by the packing warnings and the customs check. */
public final class DestinationRuleRepository {
    private final Database db;

    public DestinationRuleRepository(Database db) {
        this.db = db;
    }

    /** The rules of a destination country, confirmed or not. */
    public List<DestinationRule> forCountry(String countryCode) {
        return db.read(c -> forCountry(c, countryCode));
    }

    /** The same inside a read that is already under way (the customs data is read in one snapshot). */
    static List<DestinationRule> forCountry(Connection c, String countryCode) throws SQLException {
        List<DestinationRule> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, country_code, category_id, used_only, severity,"
                + " message, confirmed FROM destination_rule WHERE country_code = ? COLLATE NOCASE ORDER BY id")) {
            ps.setString(1, countryCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new DestinationRule(rs.getLong("id"), rs.getString("country_code"),
                            Sql.getNullableLong(rs, "category_id"), rs.getInt("used_only") != 0,
                            Sql.getEnum(rs, "severity", Severity.class), rs.getString("message"),
                            rs.getInt("confirmed") != 0));
                }
            }
        }
        return result;
    }
}
