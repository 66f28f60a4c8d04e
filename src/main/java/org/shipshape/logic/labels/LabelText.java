package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.logic.pdf.ContentWriter;
import org.shipshape.logic.pdf.PdfFonts;

/**
 * Measures and draws the label text of one document quickly, on one thread. Widths are cached per word (the same
 * category names recur on every label). Text is written as prepared operators in the font's glyph codes, each
 * character encoded once ({@link ContentWriter}): PDFBox's showText would run the font's OpenType substitutions
 * (ligatures) on every call, which took over a third of the time of 1,500 labels and adds nothing to short label
 * text. Every page of the document uses the same resource dictionary, so a font has the same name on every page.
 * The threads drawing pages of one document each have their own LabelText over the document's shared {@link Fonts}.
 */
final class LabelText {
    private final Map<PDType0Font, Map<String, Float>> widths = new IdentityHashMap<>();
    private final Map<PDType0Font, Map<String, String>> printable = new IdentityHashMap<>();
    private final Fonts fonts;

    LabelText(Fonts fonts) {
        this.fonts = fonts;
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
            Face face = fonts.face(font);
            float total = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c)) {
                    return face.stringWidth(text) / 1000f;
                }
                total += face.charWidth(c);
            }
            return total / 1000f;
        });
    }

    /** Draws printable text (see PdfFonts.printable) with its baseline starting at (x, y). */
    void show(ContentWriter out, PDType0Font font, float size, float x, float y, String printableText) {
        Face face = fonts.face(font);
        out.operator("BT").name(face.name).number(size).operator("Tf").number(x).number(y).operator("Td")
                .show(face.glyphs, printableText).operator("ET");
    }

    /**
     * What the threads drawing one document's labels share: each font's name in the pages' resource dictionary,
     * its glyph codes and its character widths, each character measured once for the document. PDFBox's fonts are
     * not thread-safe, so a character not yet measured is measured holding the font's lock.
     */
    static final class Fonts {
        private final Map<PDType0Font, Face> faces = new IdentityHashMap<>();

        /** @param fonts added to the page resources in this order (the order the single-threaded writer met them) */
        Fonts(PDResources pageResources, PDType0Font... fonts) {
            for (PDType0Font font : fonts) {
                faces.put(font, new Face(font, pageResources.add(font)));
            }
        }

        private Face face(PDType0Font font) {
            Face face = faces.get(font);
            if (face == null) {
                throw new IllegalArgumentException("Not a font of this document's labels: " + font.getName());
            }
            return face;
        }
    }

    private static final class Face {
        private final PDType0Font font;
        private final COSName name;
        private final ContentWriter.Glyphs glyphs;
        /**
         * Advance width of each BMP character in 1/1000 em, 0 until first measured (a character of no width is
         * measured each time, which costs nothing wrong). Read without the lock: a float is written whole.
         */
        private final float[] charWidths = new float[0x10000];

        Face(PDType0Font font, COSName name) {
            this.font = font;
            this.name = name;
            this.glyphs = new ContentWriter.Glyphs(font);
        }

        float charWidth(char c) {
            float width = charWidths[c];
            if (width == 0) {
                width = stringWidth(String.valueOf(c));
                charWidths[c] = width;
            }
            return width;
        }

        float stringWidth(String text) {
            synchronized (font) {
                try {
                    return font.getStringWidth(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
