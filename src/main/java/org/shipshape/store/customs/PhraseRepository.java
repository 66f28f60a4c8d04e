package org.shipshape.store.customs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.customs.Phrase;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.RecordVersions;

/** The fixed phrases of the documents, one row per key and language (table phrase), editable data. */
public final class PhraseRepository {
    private final Database db;

    public PhraseRepository(Database db) {
        this.db = db;
    }

    /** Every phrase in a language Shipshape knows, by key and language. */
    public List<Phrase> all() {
        return Versioned.values(versioned());
    }

    /** Every phrase in a language Shipshape knows with the change of it that is stored, by key and language. */
    public List<Versioned<Phrase>> versioned() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, language, text, checked, "
                    + RecordVersions.COLUMNS + " FROM phrase ORDER BY key, language");
                 ResultSet rs = ps.executeQuery()) {
                List<Versioned<Phrase>> result = new ArrayList<>();
                while (rs.next()) {
                    String key = rs.getString("key");
                    String text = rs.getString("text");
                    boolean checked = rs.getInt("checked") != 0;
                    RecordVersion version = RecordVersions.read(rs);
                    Language.fromCode(rs.getString("language")).ifPresent(language ->
                            result.add(new Versioned<>(new Phrase(key, language, text, checked), version)));
                }
                return result;
            }
        });
    }

    /** Which change of the phrase is stored and who made it; empty when there is no such phrase. */
    public Optional<RecordVersion> version(String key, Language language) {
        return db.read(c -> RecordVersions.of(c, row(key, language)));
    }

    public Optional<Phrase> find(String key, Language language) {
        return all().stream().filter(p -> p.key().equals(key) && p.language() == language).findFirst();
    }

    /**
     * Adds the phrase, or replaces the text and mark of the one with its key and language over whatever is stored
     * (a translator's file); a replaced phrase counts as changed, so an editor showing it is told.
     */
    public void save(Phrase phrase) {
        write(phrase, " ON CONFLICT (key, language) DO UPDATE SET text = excluded.text, checked = excluded.checked,"
                + " version = phrase.version + 1, changed_by = excluded.changed_by, changed_at = excluded.changed_at");
    }

    /** Adds a phrase that does not exist yet. */
    public void insert(Phrase phrase) {
        write(phrase, "");
    }

    private void write(Phrase phrase, String onConflict) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO phrase (key, language, text, checked,"
                    + " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)" + onConflict)) {
                ps.setString(1, phrase.key());
                ps.setString(2, phrase.language().code());
                ps.setString(3, phrase.text());
                ps.setInt(4, phrase.checked() ? 1 : 0);
                RecordVersions.bindStamp(ps, 5, db);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Changes the text and mark of the phrase while it is still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    public void update(Phrase phrase, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE phrase SET text = ?, checked = ?, "
                    + RecordVersions.STAMP + " WHERE key = ? AND language = ? AND version = ?")) {
                ps.setString(1, phrase.text());
                ps.setInt(2, phrase.checked() ? 1 : 0);
                RecordVersions.updateAt(ps, 3, db, c, row(phrase.key(), phrase.language()), expectedVersion);
                return null;
            }
        });
    }

    /**
     * Deletes the phrase while it is still at the version the editor showed.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed or deleted it since
     */
    public void delete(String key, Language language, long expectedVersion) {
        db.write(c -> {
            RecordVersions.deleteAt(c, row(key, language), expectedVersion);
            return null;
        });
    }

    private static RecordVersions.Row row(String key, Language language) {
        return RecordVersions.Row.of("phrase", "key", key, "language", language.code());
    }
}
