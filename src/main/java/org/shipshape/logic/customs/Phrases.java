package org.shipshape.logic.customs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.shipshape.logic.common.ReferenceData;
import org.shipshape.logic.io.CsvExport;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.customs.Phrase;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.customs.PhraseRepository;

/**
 * The documents' fixed phrases per language as reference data, each with a "checked by a native speaker" mark, and
 * their exchange with translators as CSV (one row per phrase and language, the English text beside it).
 * English is what every other language falls back to, so its text can be changed but not deleted.
 */
public final class Phrases implements ReferenceData<Phrase> {
    public static final List<String> CSV_COLUMNS = List.of("key", "language", "english", "text", "checked");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final String ENTITY = "phrase";
    private static final String CONFLICT = "customs.phrase";

    private final Workspace workspace;
    private final PhraseRepository phrases;

    public Phrases(Workspace workspace) {
        this.workspace = workspace;
        this.phrases = new PhraseRepository(workspace.database());
    }

    public List<Phrase> all() {
        return phrases.all();
    }

    @Override
    public List<Versioned<Phrase>> entries() {
        return phrases.versioned();
    }

    /** A phrase is named by its key and language: {@code aid/fr}. */
    @Override
    public String keyOf(Phrase phrase) {
        return phrase.key() + "/" + phrase.language().code();
    }

    public List<Message> problems(Phrase phrase) {
        List<Message> problems = new ArrayList<>();
        if (!KEY.matcher(phrase.key()).matches()) {
            problems.add(Message.of("customs.phrase.invalidKey", phrase.key()));
        }
        if (phrase.text().isBlank()) {
            problems.add(Message.of("customs.phrase.textMissing"));
        }
        return problems;
    }

    /** As {@link #problems(Phrase)}; a new phrase must not exist yet (saving it would replace the stored one). */
    @Override
    public List<Message> problems(Phrase phrase, boolean isNew) {
        List<Message> problems = new ArrayList<>(problems(phrase));
        if (isNew && phrases.find(phrase.key().trim(), phrase.language()).isPresent()) {
            problems.add(0, Message.of("customs.phrase.taken", phrase.key(), phrase.language().code()));
        }
        return problems;
    }

    /**
     * Adds a phrase or changes the text and mark of the one with its key and language over whatever is stored.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public Phrase save(Phrase edited) {
        Phrase phrase = checked(edited, problems(edited));
        return workspace.database().inTransaction(() -> {
            boolean exists = phrases.find(phrase.key(), phrase.language()).isPresent();
            phrases.save(phrase);
            audit(exists ? "update" : "create", phrase);
            return phrase;
        });
    }

    /**
     * Adds a phrase, or changes one while it is still at the version the editor showed.
     *
     * @throws UserInputException naming each field to fix, or who changed the phrase since; nothing is saved then
     */
    @Override
    public Versioned<Phrase> save(Phrase edited, boolean isNew, long seenVersion) {
        Phrase phrase = checked(edited, problems(edited, isNew));
        return store(phrase, isNew ? "create" : "update", isNew, seenVersion);
    }

    private static Phrase checked(Phrase edited, List<Message> problems) {
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return new Phrase(edited.key().trim(), edited.language(), edited.text().strip(), edited.checked());
    }

    private Versioned<Phrase> store(Phrase phrase, String action, boolean isNew, long seenVersion) {
        return EditConflictException.unlessChanged(CONFLICT, keyOf(phrase), () ->
                workspace.database().inTransaction(() -> {
                    if (isNew) {
                        phrases.insert(phrase);
                    } else {
                        phrases.update(phrase, seenVersion);
                    }
                    audit(action, phrase);
                    return new Versioned<>(phrase, phrases.version(phrase.key(), phrase.language()).orElseThrow());
                }));
    }

    /**
     * Deletes one translation whatever its version (the command line); returns it so the deletion can be undone.
     *
     * @throws UserInputException for English, which every language falls back to
     */
    public Phrase delete(String key, Language language) {
        return workspace.database().inTransaction(() -> {
            Phrase phrase = phrases.find(key, language).orElseThrow(() -> new UserInputException(Message.of(
                    "customs.phrase.unknown", key, language.code())));
            return delete(phrase, phrases.version(key, language).orElseThrow().number());
        });
    }

    /**
     * Deletes one translation while it is still as the editor showed it; returns it so the deletion can be undone.
     *
     * @throws UserInputException for English, which every language falls back to, or when someone changed it since
     */
    @Override
    public Phrase delete(Phrase phrase, long seenVersion) {
        if (phrase.language() == Language.EN) {
            throw new UserInputException(Message.of("customs.phrase.englishNeeded", phrase.key()));
        }
        return EditConflictException.unlessChanged(CONFLICT, keyOf(phrase), () ->
                workspace.database().inTransaction(() -> {
                    phrases.delete(phrase.key(), phrase.language(), seenVersion);
                    audit("delete", phrase);
                    return phrase;
                }));
    }

    @Override
    public Versioned<Phrase> restore(Phrase deleted) {
        return store(deleted, "restore", true, 0);
    }

    /**
     * Writes the phrases for translators: every key in every language (or only in {@code only}), with the English
     * text beside the translation and an empty text where none exists yet. UTF-8 with a byte-order mark, so
     * spreadsheets open it right.
     *
     * @return how many rows were written
     */
    public int exportCsv(Path file, Optional<Language> only) {
        List<Phrase> all = phrases.all();
        Map<String, Map<Language, Phrase>> byKey = new LinkedHashMap<>();
        for (Phrase phrase : all) {
            byKey.computeIfAbsent(phrase.key(), k -> new LinkedHashMap<>()).put(phrase.language(), phrase);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String key : new TreeSet<>(byKey.keySet())) {
            Map<Language, Phrase> texts = byKey.get(key);
            String english = Optional.ofNullable(texts.get(Language.EN)).map(Phrase::text).orElse("");
            for (Language language : Language.values()) {
                if (only.isPresent() && only.get() != language) {
                    continue;
                }
                Phrase phrase = texts.get(language);
                rows.add(List.of(key, language.code(), english, phrase == null ? "" : phrase.text(),
                        phrase != null && phrase.checked() ? "yes" : "no"));
            }
        }
        try {
            CsvExport.write(file, CSV_COLUMNS, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("The phrases could not be written to " + file, e);
        }
        return rows.size();
    }

    /** How an import went: new translations, changed ones, rows that changed nothing or had no text. */
    public record ImportResult(int added, int changed, int unchanged) {
    }

    /**
     * Reads phrases back from a translator's CSV (columns key, language, text; checked optional, "yes" or "no";
     * english ignored). All or nothing: every problem is reported with its row, and nothing is saved unless the
     * whole file is right. Rows without text are skipped, never a deletion. A changed text is unchecked unless the
     * row says it was checked.
     */
    public ImportResult importCsv(String fileName, byte[] bytes) {
        CsvTable table = CsvTable.parse(fileName, bytes);
        List<Message> problems = new ArrayList<>();
        for (String column : List.of("key", "language", "text")) {
            if (table.column(column).isEmpty()) {
                problems.add(Message.of("customs.phrase.import.columnMissing", fileName, column));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        boolean hasChecked = table.column("checked").isPresent();
        Map<String, Phrase> existing = new LinkedHashMap<>();
        phrases.all().forEach(p -> existing.put(p.key() + "/" + p.language().code(), p));
        Map<String, Phrase> wanted = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String key = table.cell(row, "key").trim();
            String languageCode = table.cell(row, "language").trim();
            String text = fromSpreadsheet(table.cell(row, "text")).strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<Language> language = Language.fromCode(languageCode);
            if (!KEY.matcher(key).matches()) {
                problems.add(rowProblem(fileName, row, "key", Message.of("customs.phrase.invalidKey", key)));
            }
            if (language.isEmpty()) {
                problems.add(rowProblem(fileName, row, "language", Message.of("customs.phrase.import.language",
                        languageCode, String.join(", ", java.util.Arrays.stream(Language.values())
                                .map(Language::code).toList()))));
                continue;
            }
            Optional<Boolean> checked = hasChecked ? yesNo(table.cell(row, "checked")) : Optional.of(false);
            if (checked.isEmpty()) {
                problems.add(rowProblem(fileName, row, "checked", Message.of("customs.phrase.import.checked",
                        table.cell(row, "checked"))));
                continue;
            }
            String id = key + "/" + language.get().code();
            Phrase before = existing.get(id);
            boolean mark = checked.get() || (!hasChecked && before != null && before.text().equals(text)
                    && before.checked());
            if (wanted.put(id, new Phrase(key, language.get(), text, mark)) != null) {
                problems.add(rowProblem(fileName, row, "key", Message.of("customs.phrase.import.twice", key,
                        language.get().code())));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        int[] counts = new int[3];
        workspace.database().inTransaction(() -> {
            for (Map.Entry<String, Phrase> entry : wanted.entrySet()) {
                Phrase before = existing.get(entry.getKey());
                Phrase after = entry.getValue();
                if (after.equals(before)) {
                    counts[2]++;
                    continue;
                }
                phrases.save(after);
                counts[before == null ? 0 : 1]++;
            }
            new AuditRepository(workspace.database()).append(workspace.user(), "import", ENTITY, fileName,
                    counts[0] + " added, " + counts[1] + " changed");
            return null;
        });
        return new ImportResult(counts[0], counts[1], counts[2]);
    }

    private static Message rowProblem(String fileName, CsvTable.Row row, String column, Message problem) {
        return Message.of("customs.phrase.import.row", fileName, row.number(), column, problem);
    }

    /** Undoes the apostrophe the export puts before text a spreadsheet would take for a formula. */
    private static String fromSpreadsheet(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private static Optional<Boolean> yesNo(String cell) {
        return switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x", "oui" -> Optional.of(true);
            case "no", "n", "false", "0", "", "non" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private void audit(String action, Phrase phrase) {
        new AuditRepository(workspace.database()).append(workspace.user(), action, ENTITY,
                phrase.key() + "/" + phrase.language().code(), (phrase.checked() ? "checked: " : "") + phrase.text());
    }
}
