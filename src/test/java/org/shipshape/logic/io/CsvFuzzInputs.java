package org.shipshape.logic.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile input for anything that reads CSV files: random bytes, and CSV-ish text built from the pieces that
 * break parsers (quotes, doubled quotes, separators of three kinds, all line endings, byte-order marks, formula
 * prefixes, decimal commas, odd dates, right-to-left text, emoji), saved in the encodings spreadsheets use.
 * Reused by importer properties: an importer must import everything or nothing for each of these inputs.
 */
public final class CsvFuzzInputs {
    private static final List<String> PIECES = List.of("\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "\uFEFF",
            " ", "a", "Ana", "name", "quantity", "weight_kg", "date", "12,5", "1.234,56", "1,234.56", "-3", "1e999999",
            "14/03/2026", "2026-02-30", "31.12.2025", "=SUM(A1:A9)", "+1", "@cmd", "\u00e9", "\u0219", "\u0562",
            "\u044f", "\u0645\u0631\u062d\u0628\u0627", "\u200f", "\ud83d\udce6", "\ud83d\udc68\u200d\ud83d\udc69",
            "\\", "'", "\u00a0", "\u0000", "\u2028", "x".repeat(300));
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1);

    private CsvFuzzInputs() {
    }

    /** Any bytes at all, up to 4 KB. */
    public static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    /** Text made of CSV pieces, in a spreadsheet encoding, sometimes with a UTF-8 byte-order mark. */
    public static Arbitrary<byte[]> csvLikeFiles() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(200).map(pieces -> String.join("", pieces));
        return Combinators.combine(text, Arbitraries.of(ENCODINGS), Arbitraries.of(true, false))
                .as(CsvFuzzInputs::encode);
    }

    private static byte[] encode(String text, Charset charset, boolean utf8Bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (utf8Bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
