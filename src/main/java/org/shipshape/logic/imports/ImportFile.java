package org.shipshape.logic.imports;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shipshape.logic.io.CsvSource;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.io.NumberRange;
import org.shipshape.logic.io.RefusedValue;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Message;

/**
 * A CSV file opened for import: its rows as a stream, its SHA-256 (to notice the same file imported twice), and
 * the problems of its header and rows. File-level failures are reported on row 1 so every problem has the same
 * {@code FILE:ROW: column: message} form. At most {@value #KEPT_PROBLEMS} problems are kept word for word (the
 * rest are counted), so a file with a million bad rows needs no more memory than one with ten.
 */
final class ImportFile {
    static final int KEPT_PROBLEMS = 500;
    final Path path;
    final String fileName;
    final String sha256;
    final CsvSource source;
    private final List<String> problems = new ArrayList<>();
    private long problemCount;
    /** Column positions by the names the import asks for (looked up once, not for every cell of 100,000 rows). */
    private final Map<String, Integer> positions = new HashMap<>();

    private ImportFile(Path path, String sha256, CsvSource source) {
        this.path = path;
        this.fileName = path.getFileName().toString();
        this.sha256 = sha256;
        this.source = source;
    }

    /**
     * Opens the file and checks its header. A file that is not CSV at all gives an ImportFile without rows and one
     * problem.
     *
     * @throws UserInputException when the file cannot be read at all (missing, unreadable)
     */
    static ImportFile open(Path file, List<String> requiredColumns) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": there is no such file; check the name and folder.");
        }
        String fileName = file.getFileName().toString();
        CsvSource source;
        try {
            source = CsvSource.open(file);
        } catch (UserInputException e) {
            ImportFile unreadable = new ImportFile(file, "", null);
            for (Message message : e.messages()) {
                String problem = render(message);
                String sentence = problem.startsWith(fileName + ": ") ? problem.substring(fileName.length() + 2)
                        : problem;
                unreadable.add(fileName + ":1: file: " + sentence);
            }
            return unreadable;
        }
        ImportFile result = new ImportFile(file, source.sha256(), source);
        CsvTable.Row header = new CsvTable.Row(1, source.header());
        for (String column : requiredColumns) {
            if (source.column(column).isEmpty()) {
                result.problem(header, column, "the column is missing; add a column named \"" + column
                        + "\" to the header row (found: " + String.join(", ", source.header()) + ")");
            }
        }
        for (String duplicate : source.duplicateColumns()) {
            result.problem(header, duplicate, Message.of("imports.duplicateColumn"));
        }
        return result;
    }

    boolean readable() {
        return source != null;
    }

    boolean hasProblems() {
        return problemCount > 0;
    }

    long problemCount() {
        return problemCount;
    }

    /** The problems kept, plus one line counting those left out. */
    List<String> problems() {
        if (problemCount <= problems.size()) {
            return List.copyOf(problems);
        }
        List<String> all = new ArrayList<>(problems);
        all.add(render(Message.of("imports.moreProblems", fileName, problemCount - problems.size())));
        return all;
    }

    private void add(String problem) {
        problemCount++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** A row with more or fewer cells than the header: a stray separator or an unclosed quote. */
    boolean checkShape(CsvTable.Row row) {
        int expected = source.header().size();
        if (row.cells().size() != expected) {
            problem(row, "row", "has " + row.cells().size() + " cells but the header has " + expected
                    + "; check for a stray separator or a missing quote");
            return false;
        }
        return true;
    }

    /** The cell of a row in the named column; empty when the column is missing or the row is short. */
    private String cell(CsvTable.Row row, String column) {
        int index = positions.computeIfAbsent(column, name -> source.column(name).orElse(-1));
        return index < 0 || index >= row.cells().size() ? "" : row.cells().get(index);
    }

    boolean has(String column) {
        return source.column(column).isPresent();
    }

    /** The trimmed cell, or null when empty (an optional value not given). */
    String optional(CsvTable.Row row, String column) {
        String text = cell(row, column);
        return text.isBlank() ? null : text.trim();
    }

    /** The trimmed cell; a problem and null when it is empty. */
    String required(CsvTable.Row row, String column) {
        String text = optional(row, column);
        if (text == null) {
            problem(row, column, "a value is required here; fill it in");
        }
        return text;
    }

    /** The number in the cell within the field's range; null when empty or refused (then a problem). */
    BigDecimal number(CsvTable.Row row, String column, NumberRange range) {
        try {
            return range.read(cell(row, column)).orElse(null);
        } catch (RefusedValue e) {
            problem(row, column, e.reason());
            return null;
        } catch (IllegalArgumentException e) {
            problem(row, column, e.getMessage());
            return null;
        }
    }

    LocalDate date(CsvTable.Row row, String column) {
        try {
            return LenientParsing.date(cell(row, column)).orElse(null);
        } catch (RefusedValue e) {
            problem(row, column, e.reason());
            return null;
        } catch (IllegalArgumentException e) {
            problem(row, column, e.getMessage());
            return null;
        }
    }

    /** One of an enum's codes ({@code used-good}); null when empty or unknown (then a problem). */
    <E extends Enum<E> & CodedEnum> E code(CsvTable.Row row, String column, Class<E> type) {
        String text = optional(row, column);
        if (text == null) {
            return null;
        }
        Optional<E> value = CodedEnum.fromCode(type, text);
        if (value.isEmpty()) {
            problem(row, column, "\"" + text + "\" is not known; use one of " + CodedEnum.codes(type));
        }
        return value.orElse(null);
    }

    void problem(CsvTable.Row row, String column, String message) {
        add(source == null ? fileName + ":" + row.number() + ": " + column + ": " + message
                : source.problem(row, column, message));
    }

    /** A problem with a catalogue message, as "FILE:ROW: column: message" in the default locale's language. */
    void problem(CsvTable.Row row, String column, Message message) {
        problem(row, column, render(message));
    }

    /** A problem of the whole file, reported on row 1. */
    void fileProblem(Message message) {
        add(fileName + ":1: file: " + render(message));
    }

    /**
     * Problems are still sentences here (issue 15 phase 2 turns them into messages); new ones are catalogue
     * messages rendered at this one place, in the language the rest of the import problems use.
     */
    static String render(Message message) {
        return Catalogue.of(Locale.getDefault()).render(message);
    }
}
