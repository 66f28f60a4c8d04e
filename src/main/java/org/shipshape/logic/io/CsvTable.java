package org.shipshape.logic.io;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.logic.task.UserInputException;

/**
 * A small CSV file read whole into memory (the sample files, donor and package lists): the same reading as
 * {@link CsvSource}, which imports of any size use row by row. Rows are numbered as the spreadsheet shows them
 * (header = row 1).
 */
public final class CsvTable {
    /** One data row: its spreadsheet row number and its cells. */
    public record Row(long number, List<String> cells) {
    }

    private final CsvSource source;
    private final List<Row> rows;

    private CsvTable(CsvSource source, List<Row> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads the whole file. Throws {@link UserInputException} naming the file when it is empty, binary or cannot
     * be parsed as CSV.
     */
    public static CsvTable parse(String fileName, byte[] bytes) {
        CsvSource source = CsvSource.of(fileName, bytes);
        List<Row> rows = new ArrayList<>();
        source.forEachRow(rows::add);
        return new CsvTable(source, rows);
    }

    /** The separator used most in the first line outside quotes: ';' for French and Romanian Excel, else ','. */
    static char guessDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    public String fileName() {
        return source.fileName();
    }

    public Charset charset() {
        return source.charset();
    }

    public char delimiter() {
        return source.delimiter();
    }

    public List<String> header() {
        return source.header();
    }

    /** Column names that appear more than once in the header. */
    public List<String> duplicateColumns() {
        return source.duplicateColumns();
    }

    public List<Row> rows() {
        return rows;
    }

    /** Column position by name, ignoring case, surrounding spaces and space-vs-underscore. */
    public Optional<Integer> column(String name) {
        return source.column(name);
    }

    /** The cell of a row in the named column; empty when the column is missing or the row is short. */
    public String cell(Row row, String column) {
        Optional<Integer> index = source.column(column);
        if (index.isEmpty() || index.get() >= row.cells().size()) {
            return "";
        }
        return row.cells().get(index.get());
    }

    /** "FILE:ROW: column: message", the form every import problem is reported in. */
    public String problem(Row row, String column, String message) {
        return problem(source.fileName(), row, column, message);
    }

    static String problem(String fileName, Row row, String column, String message) {
        return fileName + ":" + row.number() + ": " + column + ": " + message;
    }
}
