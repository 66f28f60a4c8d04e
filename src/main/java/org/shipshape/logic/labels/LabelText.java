package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.logic.pdf.ContentWriter;
import org.shipshape.logic.pdf.PdfFonts;

/**
 * Measures and draws the label text of one document quickly. Widths are cached per word (the same category names
 * recur on every label). Text is written as prepared operators in the font's glyph codes, each character encoded
 * once ({@link ContentWriter}): PDFBox's showText would run the font's OpenType substitutions (ligatures) on every
 * call, which took over a third of the time of 1,500 labels and adds nothing to short label text. Every page of
 * the document uses the same resource dictionary, so a font has the same name on every page.
 */
final class LabelText {
    private final Map<PDType0Font, Map<String, Float>> widths = new IdentityHashMap<>();
    /** Advance width of each BMP character in 1/1000 em, NaN until first measured. */
    private final Map<PDType0Font, float[]> charWidths = new IdentityHashMap<>();
    private final Map<PDType0Font, Map<String, String>> printable = new IdentityHashMap<>();
    private final Map<PDType0Font, ContentWriter.Glyphs> glyphs = new IdentityHashMap<>();
    private final Map<PDType0Font, COSName> names = new IdentityHashMap<>();
    private final PDResources pageResources;

    /** @param pageResources the resource dictionary every page of the document shares */
    LabelText(PDResources pageResources) {
        this.pageResources = pageResources;
    }

    /** PdfFonts.printable, remembered per word: checking each character against the font is slow. */
    String printableWord(PDType0Font font, String word) {
        return printable.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(word, w -> PdfFonts.printable(font, w));
    }

    /**
     * Width of printable text at size 1 (points per point of font size): the sum of its characters' widths, as
     * PDFBox sums them, each character looked up once.
     */
    float unitWidth(PDType0Font font, String printableText) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(printableText, text -> {
            float[] known = charWidths.computeIfAbsent(font, f -> {
                float[] unknown = new float[0x10000];
                Arrays.fill(unknown, Float.NaN);
                return unknown;
            });
            float total = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c)) {
                    return stringWidth(font, text) / 1000f;
                }
                float width = known[c];
                if (Float.isNaN(width)) {
                    width = stringWidth(font, String.valueOf(c));
                    known[c] = width;
                }
                total += width;
            }
            return total / 1000f;
        });
    }

    private static float stringWidth(PDType0Font font, String text) {
        try {
            return font.getStringWidth(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws printable text (see PdfFonts.printable) with its baseline starting at (x, y). */
    void show(ContentWriter out, PDType0Font font, float size, float x, float y, String printableText) {
        COSName name = names.computeIfAbsent(font, pageResources::add);
        out.operator("BT").name(name).number(size).operator("Tf").number(x).number(y).operator("Td")
                .show(glyphs.computeIfAbsent(font, ContentWriter.Glyphs::new), printableText).operator("ET");
    }
}
