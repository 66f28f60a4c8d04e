package org.shipshape.logic.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.shipshape.logic.task.UserInputException;

/**
 * A CSV file as real spreadsheets save it: UTF-8 with or without BOM or Windows-1252, comma, semicolon or tab
 * separated, quoted fields with newlines. Rows are numbered as the spreadsheet shows them (header = row 1).
 */
public final class CsvTable {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data row: its spreadsheet row number and its cells. */
    public record Row(long number, List<String> cells) {
    }

    private final String fileName;
    private final Charset charset;
    private final char delimiter;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;

    private CsvTable(String fileName, Charset charset, char delimiter, List<String> header, List<Row> rows) {
        this.fileName = fileName;
        this.charset = charset;
        this.delimiter = delimiter;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(normalise(header.get(i)), i);
        }
        this.columnIndex = index;
    }

    /**
     * Reads the whole file. Throws {@link UserInputException} naming the file when it is empty, binary or cannot
     * be parsed as CSV.
     */
    public static CsvTable parse(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new UserInputException(fileName + ": the file is empty; save the spreadsheet as CSV with a header row.");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UserInputException(fileName + ": this is not a text CSV file (it contains binary data);"
                        + " save the spreadsheet as CSV.");
            }
        }
        Charset charset;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            Optional<String> utf8 = strictUtf8(bytes);
            charset = utf8.isPresent() ? StandardCharsets.UTF_8 : WINDOWS_1252;
            text = utf8.orElseGet(() -> new String(bytes, WINDOWS_1252));
        }
        char delimiter = guessDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new Row(record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UserInputException(fileName + ": the file could not be read as CSV (" + e.getMessage()
                    + "); check quotes are closed and save it again as CSV.");
        }
        if (header == null || header.stream().allMatch(String::isEmpty)) {
            throw new UserInputException(fileName + ": the file has no header row; the first row must name the columns.");
        }
        return new CsvTable(fileName, charset, delimiter, header, rows);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
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

    private static String normalise(String columnName) {
        return columnName.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    public String fileName() {
        return fileName;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Column position by name, ignoring case, surrounding spaces and space-vs-underscore. */
    public Optional<Integer> column(String name) {
        return Optional.ofNullable(columnIndex.get(normalise(name)));
    }

    /** The cell of a row in the named column; empty when the column is missing or the row is short. */
    public String cell(Row row, String column) {
        Integer index = columnIndex.get(normalise(column));
        if (index == null || index >= row.cells().size()) {
            return "";
        }
        return row.cells().get(index);
    }

    /** "FILE:ROW: column: message", the form every import problem is reported in. */
    public String problem(Row row, String column, String message) {
        return fileName + ":" + row.number() + ": " + column + ": " + message;
    }
}
