package org.shipshape.logic.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.model.common.CodedEnum;

/**
 * Reads one of the CSV files bundled from {@code sample-data/} (packed into the jar under
 * {@code org/shipshape/sample}). The files are ours, so a bad cell is a bug in the build: it fails loudly with
 * the file, row and column instead of being skipped.
 */
final class SampleCsv {
    static final String FOLDER = "/org/shipshape/sample/";

    private final CsvTable table;

    private SampleCsv(CsvTable table) {
        this.table = table;
    }

    static SampleCsv read(String fileName) {
        return new SampleCsv(CsvTable.parse(fileName, bytes(fileName)));
    }

    /** A file of the sample warehouse (a CSV, the logo), from the jar. */
    static byte[] bytes(String fileName) {
        try (InputStream in = SampleCsv.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("The sample file " + fileName + " is missing from the application;"
                        + " rebuild it with ./mvnw package.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample file " + fileName, e);
        }
    }

    Iterable<CsvTable.Row> rows() {
        return table.rows();
    }

    int size() {
        return table.rows().size();
    }

    /** The cell, or null when it is empty. */
    String optional(CsvTable.Row row, String column) {
        String value = table.cell(row, column);
        return value.isEmpty() ? null : value;
    }

    String text(CsvTable.Row row, String column) {
        String value = table.cell(row, column);
        if (value.isEmpty()) {
            throw bad(row, column, "is empty");
        }
        return value;
    }

    BigDecimal decimal(CsvTable.Row row, String column) {
        try {
            return LenientParsing.decimal(text(row, column)).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw bad(row, column, e.getMessage());
        }
    }

    int integer(CsvTable.Row row, String column) {
        try {
            return Integer.parseInt(text(row, column));
        } catch (NumberFormatException e) {
            throw bad(row, column, "is not a whole number");
        }
    }

    LocalDate date(CsvTable.Row row, String column) {
        String value = optional(row, column);
        try {
            return value == null ? null : LenientParsing.date(value).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw bad(row, column, e.getMessage());
        }
    }

    <E extends Enum<E> & CodedEnum> E code(CsvTable.Row row, String column, Class<E> type) {
        String value = text(row, column);
        return CodedEnum.fromCode(type, value).orElseThrow(() -> bad(row, column,
                "\"" + value + "\" is not one of " + CodedEnum.codes(type)));
    }

    IllegalStateException bad(CsvTable.Row row, String column, String message) {
        return new IllegalStateException("Broken sample data: " + table.problem(row, column, message));
    }
}
