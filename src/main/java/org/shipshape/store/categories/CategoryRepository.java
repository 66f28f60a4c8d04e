package org.shipshape.store.categories;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.HandlingFlag;
import org.shipshape.model.categories.HsCode;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** Categories of goods with their defaults and translated names. */
public final class CategoryRepository {
    private static final String COLUMNS =
            "id, name, hs_code, default_unit, default_unit_g, flags, name_fr, name_ro, name_ru, name_hy, "
                    + RecordVersions.COLUMNS;
    private final Database db;

    public CategoryRepository(Database db) {
        this.db = db;
    }

    public List<Category> findAll() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM category WHERE archived = 0 ORDER BY name COLLATE NOCASE")) {
                return list(ps);
            }
        });
    }

    /** Every category in use with the change of it that is stored, by name. */
    public List<Versioned<Category>> versioned() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM category WHERE archived = 0 ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                List<Versioned<Category>> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Versioned<>(map(rs), RecordVersions.read(rs)));
                }
                return result;
            }
        });
    }

    /** Which change of the category is stored and who made it; empty when there is no such category. */
    public Optional<RecordVersion> version(long id) {
        return db.read(c -> RecordVersions.of(c, "category", id));
    }

    public Optional<Category> findById(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM category WHERE id = ?")) {
                ps.setLong(1, id);
                return list(ps).stream().findFirst();
            }
        });
    }

    /** Exact name, ignoring case. */
    public Optional<Category> findByName(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM category WHERE name = ? COLLATE NOCASE")) {
                ps.setString(1, name.trim());
                return list(ps).stream().findFirst();
            }
        });
    }

    public long insert(Category category) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO category (name, hs_code, default_unit,"
                    + " default_unit_g, flags, name_fr, name_ro, name_ru, name_hy, changed_by, changed_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, category);
                RecordVersions.bindStamp(ps, 10, db);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Changes the category while it is still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed it since; nothing is written
     */
    public void update(Category category, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE category SET name = ?, hs_code = ?,"
                    + " default_unit = ?, default_unit_g = ?, flags = ?, name_fr = ?, name_ro = ?, name_ru = ?,"
                    + " name_hy = ?, " + RecordVersions.STAMP + " WHERE id = ? AND version = ?")) {
                bind(ps, category);
                RecordVersions.updateAt(ps, 10, db, c, "category", category.id(), expectedVersion);
                return null;
            }
        });
    }

    private static void bind(PreparedStatement ps, Category category) throws SQLException {
        ps.setString(1, category.name());
        ps.setString(2, category.hsCode() == null ? null : category.hsCode().value());
        ps.setString(3, category.defaultUnit());
        Sql.setKg(ps, 4, category.defaultUnitKg());
        ps.setString(5, Sql.codes(category.flags()));
        ps.setString(6, category.translations().get(Language.FR));
        ps.setString(7, category.translations().get(Language.RO));
        ps.setString(8, category.translations().get(Language.RU));
        ps.setString(9, category.translations().get(Language.HY));
    }

    private static List<Category> list(PreparedStatement ps) throws SQLException {
        List<Category> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(map(rs));
            }
        }
        return result;
    }

    static Category map(ResultSet rs) throws SQLException {
        Map<Language, String> names = new EnumMap<>(Language.class);
        putIfPresent(names, Language.FR, rs.getString("name_fr"));
        putIfPresent(names, Language.RO, rs.getString("name_ro"));
        putIfPresent(names, Language.RU, rs.getString("name_ru"));
        putIfPresent(names, Language.HY, rs.getString("name_hy"));
        String hs = rs.getString("hs_code");
        return new Category(rs.getLong("id"), rs.getString("name"), hs == null ? null : new HsCode(hs),
                rs.getString("default_unit"), Sql.getKg(rs, "default_unit_g"),
                Sql.parseCodes(rs.getString("flags"), HandlingFlag.class), names);
    }

    private static void putIfPresent(Map<Language, String> names, Language language, String name) {
        if (name != null && !name.isBlank()) {
            names.put(language, name);
        }
    }
}
