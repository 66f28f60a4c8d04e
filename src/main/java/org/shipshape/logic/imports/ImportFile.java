package org.shipshape.logic.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.CodedEnum;

/**
 * A CSV file read for import: its table, its SHA-256 (to notice the same file imported twice), and the
 * problems of its header and row shapes. File-level failures are reported on row 1 so every problem has the same
 * {@code FILE:ROW: column: message} form.
 */
final class ImportFile {
    final String fileName;
    final String sha256;
    final CsvTable table;
    final List<String> problems = new ArrayList<>();
    /** Column positions by the names the import asks for (looked up once, not for every cell of 100,000 rows). */
    private final Map<String, Integer> positions = new HashMap<>();

    private ImportFile(String fileName, String sha256, CsvTable table) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.table = table;
    }

    /**
     * Reads the file. A file that is not CSV at all gives an ImportFile without table and one problem.
     *
     * @throws UserInputException when the file cannot be read at all (missing, unreadable)
     */
    static ImportFile read(Path file, List<String> requiredColumns) {
        String fileName = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": there is no such file; check the name and folder.");
        } catch (IOException e) {
            throw new UserInputException(file + ": the file could not be read (" + e.getMessage()
                    + "); check it is not open elsewhere and that you may read it.");
        }
        String sha = sha256(bytes);
        CsvTable table;
        try {
            table = CsvTable.parse(fileName, bytes);
        } catch (UserInputException e) {
            ImportFile unreadable = new ImportFile(fileName, sha, null);
            for (String problem : e.problems()) {
                String sentence = problem.startsWith(fileName + ": ") ? problem.substring(fileName.length() + 2)
                        : problem;
                unreadable.problems.add(fileName + ":1: file: " + sentence);
            }
            return unreadable;
        }
        ImportFile result = new ImportFile(fileName, sha, table);
        CsvTable.Row header = new CsvTable.Row(1, table.header());
        for (String column : requiredColumns) {
            if (table.column(column).isEmpty()) {
                result.problems.add(table.problem(header, column, "the column is missing; add a column named \""
                        + column + "\" to the header row (found: " + String.join(", ", table.header()) + ")"));
            }
        }
        return result;
    }

    boolean readable() {
        return table != null;
    }

    /** A row with more or fewer cells than the header: a stray separator or an unclosed quote. */
    boolean checkShape(CsvTable.Row row) {
        int expected = table.header().size();
        if (row.cells().size() != expected) {
            problems.add(table.problem(row, "row", "has " + row.cells().size() + " cells but the header has "
                    + expected + "; check for a stray separator or a missing quote"));
            return false;
        }
        return true;
    }

    /** The cell of a row in the named column; empty when the column is missing or the row is short. */
    private String cell(CsvTable.Row row, String column) {
        int index = positions.computeIfAbsent(column, name -> table.column(name).orElse(-1));
        return index < 0 || index >= row.cells().size() ? "" : row.cells().get(index);
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
            problems.add(table.problem(row, column, "a value is required here; fill it in"));
        }
        return text;
    }

    /** The number in the cell (decimal comma or point), null when empty or not a number (then a problem). */
    BigDecimal decimal(CsvTable.Row row, String column) {
        try {
            return LenientParsing.decimal(cell(row, column)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(table.problem(row, column, e.getMessage()));
            return null;
        }
    }

    LocalDate date(CsvTable.Row row, String column) {
        try {
            return LenientParsing.date(cell(row, column)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(table.problem(row, column, e.getMessage()));
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
            problems.add(table.problem(row, column, "\"" + text + "\" is not known; use one of "
                    + CodedEnum.codes(type)));
        }
        return value.orElse(null);
    }

    void problem(CsvTable.Row row, String column, String message) {
        problems.add(table.problem(row, column, message));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
