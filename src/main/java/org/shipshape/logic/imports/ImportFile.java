package org.shipshape.logic.imports;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shipshape.logic.io.CsvSource;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.io.NumberRange;
import org.shipshape.logic.io.RefusedValue;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Message;

/**
 * A CSV file opened for import: its rows as a stream, its SHA-256 (to notice the same file imported twice), and
 * the problems of its header and rows, each a {@link Message} of the form {@code FILE:ROW: column: reason}
 * ({@link #problem(String, long, Object, Message)}); a file that cannot be read at all has the one message that says
 * why, naming the file. At most {@value #KEPT_PROBLEMS} problems are kept (the rest are counted), so a file with a
 * million bad rows needs no more memory than one with ten.
 */
final class ImportFile {
    static final int KEPT_PROBLEMS = 500;
    final Path path;
    final String fileName;
    final String sha256;
    final CsvSource source;
    private final List<Message> problems = new ArrayList<>();
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
        return open(ImportFileAhead.onAsking(file), requiredColumns);
    }

    /** The same, with the first pass over the bytes made ahead ({@link ImportFileAhead}). */
    static ImportFile open(ImportFileAhead ahead, List<String> requiredColumns) {
        Path file = ahead.path();
        CsvSource source;
        try {
            source = ahead.source();
        } catch (UserInputException e) {
            ImportFile unreadable = new ImportFile(file, "", null);
            e.messages().forEach(unreadable::add);
            return unreadable;
        }
        if (source == null) {
            throw new UserInputException(Message.of(Files.isDirectory(file) ? "io.csv.isFolder" : "io.csv.noSuchFile",
                    file.toString()));
        }
        ImportFile result = new ImportFile(file, source.sha256(), source);
        CsvTable.Row header = new CsvTable.Row(1, source.header());
        for (String column : requiredColumns) {
            if (source.column(column).isEmpty()) {
                result.problem(header, column, Message.of("imports.missingColumn", column,
                        String.join(", ", source.header())));
            }
        }
        for (String duplicate : source.duplicateColumns()) {
            result.problem(header, duplicate, Message.of("imports.duplicateColumn"));
        }
        return result;
    }

    /**
     * "FILE:ROW: column: reason".
     *
     * @param column the column's name as the file writes it, or a message ({@code imports.column.row}) for a
     *               problem of the whole row
     */
    static Message problem(String fileName, long row, Object column, Message reason) {
        return Message.of("imports.problem", fileName, row, column, reason);
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
    List<Message> problems() {
        if (problemCount <= problems.size()) {
            return List.copyOf(problems);
        }
        List<Message> all = new ArrayList<>(problems);
        all.add(Message.of("imports.moreProblems", fileName, problemCount - problems.size()));
        return all;
    }

    private void add(Message problem) {
        problemCount++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** A row with more or fewer cells than the header: a stray separator or an unclosed quote. */
    boolean checkShape(CsvTable.Row row) {
        int expected = source.header().size();
        if (row.cells().size() != expected) {
            problem(row, Message.of("imports.column.row"), Message.of("imports.rowShape", row.cells().size(),
                    expected));
            return false;
        }
        return true;
    }

    /**
     * The cell of a row in the named column; empty when the column is missing or the row is short. No lambda here: run
     * by C1 alone (the Linux launcher's import), a capturing lambda costs a slow allocation on each of a million calls.
     */
    private String cell(CsvTable.Row row, String column) {
        Integer index = positions.get(column);
        if (index == null) {
            index = source.column(column).orElse(-1);
            positions.put(column, index);
        }
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
            problem(row, column, Message.of("imports.required"));
        }
        return text;
    }

    /**
     * The number in the cell within the field's range; null when empty or refused (then a problem). In a
     * comma-separated file "1,234" is refused: a thousand and more to one reader, a decimal to another.
     */
    BigDecimal number(CsvTable.Row row, String column, NumberRange range) {
        String text = cell(row, column);
        Optional<Message> ambiguous = source.delimiter() == ',' ? LenientParsing.ambiguousThousands(text)
                : Optional.empty();
        if (ambiguous.isPresent()) {
            problem(row, column, ambiguous.get());
            return null;
        }
        try {
            return range.read(text).orElse(null);
        } catch (RefusedValue e) {
            problem(row, column, e.reason());
            return null;
        }
    }

    LocalDate date(CsvTable.Row row, String column) {
        try {
            return LenientParsing.date(cell(row, column)).orElse(null);
        } catch (RefusedValue e) {
            problem(row, column, e.reason());
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
            problem(row, column, Message.of("imports.unknownCode", text, CodedEnum.codes(type)));
        }
        return value.orElse(null);
    }

    /** A problem with a cell (the column's name) or with the whole row ({@code imports.column.row}). */
    void problem(CsvTable.Row row, Object column, Message reason) {
        add(problem(fileName, row.number(), column, reason));
    }

    /** A problem of the whole file, reported on row 1. */
    void fileProblem(Message reason) {
        add(problem(fileName, 1, Message.of("imports.column.file"), reason));
    }
}
