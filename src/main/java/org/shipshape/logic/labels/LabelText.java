package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.logic.pdf.PdfFonts;

/**
 * Measures and draws label text quickly. Widths are cached per word (the same category names recur on
 * every label). Text is written as glyph codes directly: PDFBox's showText would run the font's OpenType
 * substitutions (ligatures) on every call, which took over a third of the time of 1,500 labels and adds nothing
 * to short label text.
 */
final class LabelText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final Map<PDType0Font, Map<String, Float>> widths = new IdentityHashMap<>();
    private final Map<PDType0Font, Map<String, String>> printable = new IdentityHashMap<>();

    /** PdfFonts.printable, remembered per word: checking each character against the font is slow. */
    String printableWord(PDType0Font font, String word) {
        return printable.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(word, w -> PdfFonts.printable(font, w));
    }

    /** Width of printable text at size 1 (points per point of font size). */
    float unitWidth(PDType0Font font, String printableText) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(printableText, text -> {
            try {
                return font.getStringWidth(text) / 1000f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Draws printable text (see PdfFonts.printable) with its baseline starting at (x, y). */
    static void show(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String printableText)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        byte[] codes = font.encode(printableText);
        printableText.codePoints().forEach(font::addToSubset);
        StringBuilder operator = new StringBuilder(codes.length * 2 + 6).append('<');
        for (byte b : codes) {
            operator.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        cs.appendRawCommands(operator.append("> Tj\n").toString());
        cs.endText();
    }
}
