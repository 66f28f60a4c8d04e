package org.shipshape.store.customs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.Phrase;
import org.shipshape.store.db.Database;

/** The fixed phrases of the documents, one row per key and language (table phrase), editable data. */
public final class PhraseRepository {
    private final Database db;

    public PhraseRepository(Database db) {
        this.db = db;
    }

    /** Every phrase in a language Shipshape knows, by key and language. */
    public List<Phrase> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, language, text, checked FROM phrase"
                    + " ORDER BY key, language");
                 ResultSet rs = ps.executeQuery()) {
                List<Phrase> result = new ArrayList<>();
                while (rs.next()) {
                    String key = rs.getString("key");
                    String text = rs.getString("text");
                    boolean checked = rs.getInt("checked") != 0;
                    Language.fromCode(rs.getString("language")).ifPresent(language ->
                            result.add(new Phrase(key, language, text, checked)));
                }
                return result;
            }
        });
    }

    public Optional<Phrase> find(String key, Language language) {
        return all().stream().filter(p -> p.key().equals(key) && p.language() == language).findFirst();
    }

    /** Adds the phrase, or replaces the text and mark of the one with its key and language. */
    public void save(Phrase phrase) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO phrase (key, language, text, checked)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (key, language) DO UPDATE SET text = excluded.text,"
                    + " checked = excluded.checked")) {
                ps.setString(1, phrase.key());
                ps.setString(2, phrase.language().code());
                ps.setString(3, phrase.text());
                ps.setInt(4, phrase.checked() ? 1 : 0);
                return ps.executeUpdate();
            }
        });
    }

    public void delete(String key, Language language) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM phrase WHERE key = ? AND language = ?")) {
                ps.setString(1, key);
                ps.setString(2, language.code());
                return ps.executeUpdate();
            }
        });
    }
}
