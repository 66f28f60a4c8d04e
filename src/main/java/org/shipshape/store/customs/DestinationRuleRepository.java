package org.shipshape.store.customs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Severity;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** Editable destination rules (table destination_rule), read by the packing warnings and the customs check. */
public final class DestinationRuleRepository {
    private static final String COLUMNS = "id, country_code, category_id, hs_code, used_only, severity, message,"
            + " confirmed, " + RecordVersions.COLUMNS;

    private final Database db;

    public DestinationRuleRepository(Database db) {
        this.db = db;
    }

    /** The rules of a destination country, confirmed or not. */
    public List<DestinationRule> forCountry(String countryCode) {
        return db.read(c -> forCountry(c, countryCode));
    }

    /** Every rule of every country, by country. */
    public List<DestinationRule> all() {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM destination_rule ORDER BY country_code, id"));
    }

    public Optional<DestinationRule> find(long id) {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM destination_rule WHERE id = ?", id).stream()
                .findFirst());
    }

    /** The rules of a destination country with the change of each that is stored. */
    public List<Versioned<DestinationRule>> versionedForCountry(String countryCode) {
        return db.read(c -> {
            List<Versioned<DestinationRule>> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM destination_rule"
                    + " WHERE country_code = ? COLLATE NOCASE ORDER BY id")) {
                ps.setString(1, countryCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Versioned<>(rule(rs), RecordVersions.read(rs)));
                    }
                }
            }
            return result;
        });
    }

    /** Which change of the rule is stored and who made it; empty when there is no such rule. */
    public Optional<RecordVersion> version(long id) {
        return db.read(c -> RecordVersions.of(c, row(id)));
    }

    /** The same inside a read that is already under way (the customs data is read in one snapshot). */
    static List<DestinationRule> forCountry(Connection c, String countryCode) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM destination_rule WHERE country_code = ? COLLATE NOCASE"
                + " ORDER BY id", countryCode);
    }

    private static List<DestinationRule> query(Connection c, String sql, Object... parameters) throws SQLException {
        List<DestinationRule> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rule(rs));
                }
            }
        }
        return result;
    }

    private static DestinationRule rule(ResultSet rs) throws SQLException {
        return new DestinationRule(rs.getLong("id"), rs.getString("country_code"),
                Sql.getNullableLong(rs, "category_id"), rs.getString("hs_code"), rs.getInt("used_only") != 0,
                Sql.getEnum(rs, "severity", Severity.class), rs.getString("message"), rs.getInt("confirmed") != 0);
    }

    /** Stores a new rule (its id is ignored) and returns its id. */
    public long insert(DestinationRule rule) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO destination_rule (country_code, category_id,"
                    + " hs_code, used_only, severity, message, confirmed, changed_by, changed_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, rule);
                RecordVersions.bindStamp(ps, 8, db);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Changes the rule while it is still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    public void update(DestinationRule rule, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE destination_rule SET country_code = ?,"
                    + " category_id = ?, hs_code = ?, used_only = ?, severity = ?, message = ?, confirmed = ?, "
                    + RecordVersions.STAMP + " WHERE id = ? AND version = ?")) {
                bind(ps, rule);
                RecordVersions.updateAt(ps, 8, db, c, row(rule.id()), expectedVersion);
                return null;
            }
        });
    }

    /**
     * Deletes the rule while it is still at the version the editor showed.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    public void delete(long id, long expectedVersion) {
        db.write(c -> {
            RecordVersions.deleteAt(c, row(id), expectedVersion);
            return null;
        });
    }

    private static RecordVersions.Row row(long id) {
        return RecordVersions.Row.of("destination_rule", "id", id);
    }

    private static void bind(PreparedStatement ps, DestinationRule rule) throws SQLException {
        ps.setString(1, rule.countryCode());
        Sql.setNullableLong(ps, 2, rule.categoryId());
        ps.setString(3, rule.hsCode());
        ps.setInt(4, rule.usedOnly() ? 1 : 0);
        ps.setString(5, rule.severity().code());
        ps.setString(6, rule.message());
        ps.setInt(7, rule.confirmed() ? 1 : 0);
    }
}
