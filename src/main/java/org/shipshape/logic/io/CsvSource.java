package org.shipshape.logic.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.FieldModifiers;
import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;

/**
 * A CSV file as real spreadsheets save it, read as a stream so that a file of any size needs the same small
 * amount of memory: UTF-8 with or without BOM, Windows-1252, or UTF-16 with BOM (Excel's "Unicode text"); comma,
 * semicolon or tab separated; quoted fields with newlines. Rows are numbered as the spreadsheet shows them
 * (header = row 1).
 *
 * <p>Opening reads the bytes once (SHA-256, encoding, binary check); {@link #forEachRow} reads them again, row by
 * row, as often as it is called.
 */
public final class CsvSource {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;
    private static final int BINARY_CHECK = 8192;

    /** Where the bytes come from: opened anew for every pass. */
    @FunctionalInterface
    public interface Bytes {
        InputStream open() throws IOException;
    }

    /** Receives the data rows one at a time. */
    @FunctionalInterface
    public interface RowHandler {
        void row(CsvTable.Row row);
    }

    private final String fileName;
    private final Bytes bytes;
    private final Charset charset;
    private final int bomLength;
    private final String sha256;
    private final long size;
    private final char delimiter;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String> duplicateColumns = new ArrayList<>();
    private volatile long position;

    private CsvSource(String fileName, Bytes bytes, Sniffed sniffed) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.charset = sniffed.charset;
        this.bomLength = sniffed.bomLength;
        this.sha256 = sniffed.sha256;
        this.size = sniffed.size;
        this.delimiter = CsvTable.guessDelimiter(sniffed.start);
        this.header = readHeader();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            if (columnIndex.putIfAbsent(name, i) != null && !name.isEmpty()) {
                duplicateColumns.add(header.get(i).trim());
            }
        }
    }

    /**
     * Opens a file for reading.
     *
     * @throws UserInputException naming the file when it is missing, unreadable, empty, binary or has no header
     */
    public static CsvSource open(Path file) {
        String fileName = file.getFileName().toString();
        try {
            return new CsvSource(fileName, () -> Files.newInputStream(file), sniff(fileName,
                    Files.newInputStream(file)));
        } catch (NoSuchFileException e) {
            throw new UserInputException(Message.of("io.csv.noSuchFile", file.toString()));
        } catch (IOException e) {
            throw new UserInputException(Message.of("io.csv.unreadable", file.toString(), String.valueOf(
                    e.getMessage())));
        }
    }

    /** Reads bytes already in memory (tests, files packed in the jar). */
    public static CsvSource of(String fileName, byte[] content) {
        try {
            return new CsvSource(fileName, () -> new ByteArrayInputStream(content),
                    sniff(fileName, new ByteArrayInputStream(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Sniffed(Charset charset, int bomLength, String sha256, long size, String start) {
    }

    /** One pass over the bytes: fingerprint, encoding, and whether it is text at all. */
    private static Sniffed sniff(String fileName, InputStream stream) throws IOException {
        MessageDigest digest = sha256Digest();
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer decoded = CharBuffer.allocate(CHUNK * 2);
        ByteBuffer pending = ByteBuffer.allocate(CHUNK + 8);
        boolean utf8 = true;
        byte[] first = null;
        long size = 0;
        try (InputStream in = stream) {
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                digest.update(buffer, 0, read);
                if (first == null) {
                    first = java.util.Arrays.copyOf(buffer, Math.min(read, BINARY_CHECK));
                }
                size += read;
                if (utf8) {
                    pending.put(buffer, 0, read).flip();
                    decoded.clear();
                    utf8 = !strictUtf8.decode(pending, decoded, false).isError();
                    pending.compact();
                }
            }
            if (utf8) {
                pending.flip();
                decoded.clear();
                utf8 = !strictUtf8.decode(pending, decoded, true).isError() && !strictUtf8.flush(decoded).isError()
                        && !pending.hasRemaining();
            }
        }
        if (size == 0) {
            throw new UserInputException(Message.of("io.csv.empty", fileName));
        }
        Charset charset;
        int bom = 0;
        if (startsWith(first, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(first, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(first, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        if (charset != StandardCharsets.UTF_16LE && charset != StandardCharsets.UTF_16BE) {
            for (byte b : first) {
                if (b == 0) {
                    throw new UserInputException(Message.of("io.csv.binary", fileName));
                }
            }
        }
        String start = decodeLeniently(first, bom, charset);
        return new Sniffed(charset, bom, HexFormat.of().formatHex(digest.digest()), size, start);
    }

    private static String decodeLeniently(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * One pass over the rows with FastCSV (ADR 0042): comma, semicolon or tab as guessed, double quotes, empty lines
     * skipped, rows of any length (the import reports a row's shape itself), every value trimmed, and white space
     * around a quoted value too ({@code a, "b, c" ,d} has three values). A quote never closed, or anything but white
     * space after a closing quote, stops the pass with a {@link CsvParseException}.
     */
    private final class Pass implements AutoCloseable {
        final CountingReader text;
        final CsvReader<CsvRecord> records;

        Pass() throws IOException {
            InputStream in = bytes.open();
            try {
                in.skipNBytes(bomLength);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            text = new CountingReader(new InputStreamReader(in, charset));
            records = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"').skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .allowUnclosedQuote(false).trimWhitespacesAroundQuotes(true)
                    .build(CsvRecordHandler.of(handler -> handler.fieldModifier(FieldModifiers.TRIM)), text);
        }

        @Override
        public void close() throws IOException {
            records.close();
        }
    }

    /** Counts the characters read, for progress. */
    private static final class CountingReader extends FilterReader {
        long read;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int count = in.read(buffer, offset, length);
            if (count > 0) {
                read += count;
            }
            return count;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0) {
                read++;
            }
            return c;
        }
    }

    private List<String> readHeader() {
        List<String> found = null;
        try (Pass pass = new Pass()) {
            for (CsvRecord record : pass.records) {
                found = record.getFields();
                break;
            }
        } catch (CsvParseException e) {
            throw rowNotCsv(1, e);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        if (found == null || found.stream().allMatch(String::isEmpty)) {
            throw new UserInputException(Message.of("io.csv.noHeader", fileName));
        }
        return List.copyOf(found);
    }

    private UserInputException unreadable(Exception e) {
        return new UserInputException(Message.of("io.csv.notCsv", fileName, String.valueOf(e.getMessage())));
    }

    /** A row FastCSV could not read (a quote never closed, text after a closing quote), named as every problem is. */
    private UserInputException rowNotCsv(long row, CsvParseException e) {
        return new UserInputException(Message.of("io.csv.rowNotCsv", fileName, row, String.valueOf(e.getMessage())));
    }

    /**
     * Hands every data row (not the header, not empty rows) to the handler, reading the file as it goes. Rows are
     * numbered as records (the header is 1; an empty line skipped is not counted).
     *
     * @throws UserInputException naming the file when it stops being readable CSV (an unclosed quote)
     */
    public void forEachRow(RowHandler handler) {
        long number = 0;
        try (Pass pass = new Pass()) {
            for (CsvRecord record : pass.records) {
                number++;
                if (number == 1) {
                    continue;
                }
                List<String> cells = record.getFields();
                position = pass.text.read;
                if (!allEmpty(cells)) {
                    handler.row(new CsvTable.Row(number, cells));
                }
            }
        } catch (CsvParseException e) {
            throw rowNotCsv(number + 1, e);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private static boolean allEmpty(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static String normalise(String columnName) {
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

    /** The SHA-256 of the file's bytes, to notice the same file imported twice. */
    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    /** How far {@link #forEachRow} has read, in characters, and how many there are about: for progress bars. */
    public long position() {
        return position;
    }

    public long approximateLength() {
        return charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE ? size / 2 : size;
    }

    /** Column names that appear more than once in the header (as written the second time). */
    public List<String> duplicateColumns() {
        return List.copyOf(duplicateColumns);
    }

    /** Column position by name, ignoring case, surrounding spaces and space-vs-underscore. */
    public Optional<Integer> column(String name) {
        return Optional.ofNullable(columnIndex.get(normalise(name)));
    }

    /** "FILE:ROW: column: message", the form every import problem is reported in. */
    public String problem(CsvTable.Row row, String column, String message) {
        return CsvTable.problem(fileName, row, column, message);
    }
}
