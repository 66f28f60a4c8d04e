package org.shipshape.logic.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that Excel opens correctly: UTF-8 with a byte-order mark, separated and with decimals as the
 * reader's spreadsheet expects ({@link CsvStyle}: comma and decimal point unless asked otherwise), text cells
 * neutralised against formula injection, written atomically.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** Cells may be String (neutralised) or Number (written as is, with '.' as decimal separator). */
    public static void write(Path target, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        write(target, header, rows, CsvStyle.STANDARD);
    }

    /** Cells may be String (neutralised) or Number (plain digits with the style's decimal separator). */
    public static void write(Path target, List<String> header, Iterable<? extends List<?>> rows, CsvStyle style)
            throws IOException {
        AtomicFileWriter.write(target, content(header, rows, style));
    }

    /** The CSV as content for {@link AtomicFileWriter}, to write it together with other files as one set. */
    public static AtomicFileWriter.Content content(List<String> header, Iterable<? extends List<?>> rows,
                                                   CsvStyle style) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setDelimiter(style.delimiter()).setHeader(header.toArray(String[]::new)).get())) {
                for (List<?> row : rows) {
                    for (Object cell : row) {
                        printer.print(cell instanceof Number n ? style.number(n) : SpreadsheetText.neutralise(
                                cell == null ? "" : cell.toString()));
                    }
                    printer.println();
                }
            }
        };
    }
}
