package org.shipshape.logic.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Measures and wraps text for one font. Widths and "can the font draw it" are cached per character, because
 * a 12,000-line pack measures millions of characters and PDFBox looks each one up again otherwise.
 */
final class TextFitter {
    private static final char ELLIPSIS = '\u2026';

    private final PDType0Font font;
    private final ContentWriter.Glyphs glyphs;
    /** Advance width in 1/1000 em per BMP character; NaN until first asked. */
    private final float[] widths = new float[0x10000];
    /** What each BMP character is printed as: itself, or '?' when the font lacks it; 0 until first asked. */
    private final char[] printed = new char[0x10000];

    TextFitter(PDType0Font font) {
        this.font = font;
        this.glyphs = new ContentWriter.Glyphs(font);
        Arrays.fill(widths, Float.NaN);
    }

    PDType0Font font() {
        return font;
    }

    /** The font's glyph codes, for showing text made {@link #printable}. */
    ContentWriter.Glyphs glyphs() {
        return glyphs;
    }

    /**
     * The text with every character the font cannot draw replaced (see {@link PdfFonts#printable}); newlines are
     * kept for {@link #wrap} to break at.
     */
    String printable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            // outside the Basic Multilingual Plane (emoji): DejaVu Sans has none of it, one '?' per character
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            char shown = Character.isSurrogate(c) ? '?' : c == '\n' ? c : printedAs(c);
            if ((shown != c || pair) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(shown);
            }
            i += pair ? 2 : 1;
        }
        return out == null ? text : out.toString();
    }

    private char printedAs(char c) {
        char known = printed[c];
        if (known == 0) {
            String shown = PdfFonts.printable(font, String.valueOf(c));
            known = shown.length() == 1 ? shown.charAt(0) : '?';
            printed[c] = known;
        }
        return known;
    }

    /** Width in points of text already made {@link #printable}. */
    float width(String printableText, float size) {
        float total = 0;
        for (int i = 0; i < printableText.length(); i++) {
            total += charWidth(printableText.charAt(i));
        }
        return total / 1000f * size;
    }

    private float charWidth(char c) {
        float w = widths[c];
        if (Float.isNaN(w)) {
            w = PdfFonts.width(font, String.valueOf(c), 1000f);
            widths[c] = w;
        }
        return w;
    }

    /**
     * Breaks printable text into lines no wider than maxWidth, at spaces where possible, inside long words
     * otherwise; explicit newlines start a new line. At most maxLines lines; the last one ends with "…" when
     * text was cut.
     */
    List<String> wrap(String printableText, float size, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>(2);
        for (String paragraph : printableText.split("\n", -1)) {
            wrapParagraph(paragraph, size, maxWidth, lines);
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, truncate(cut.get(maxLines - 1) + ELLIPSIS, size, maxWidth));
            return cut;
        }
        return lines;
    }

    private void wrapParagraph(String text, float size, float maxWidth, List<String> lines) {
        if (width(text, size) <= maxWidth) {
            lines.add(text);
            return;
        }
        String rest = text;
        while (!rest.isEmpty()) {
            int fit = fittingLength(rest, size, maxWidth);
            if (fit >= rest.length()) {
                lines.add(rest);
                return;
            }
            int breakAt = rest.lastIndexOf(' ', fit);
            if (breakAt <= 0) {
                breakAt = Math.max(1, fit);
                lines.add(rest.substring(0, breakAt));
                rest = rest.substring(breakAt);
            } else {
                lines.add(rest.substring(0, breakAt));
                rest = rest.substring(breakAt + 1);
            }
        }
    }

    private int fittingLength(String text, float size, float maxWidth) {
        float limit = maxWidth * 1000f / size;
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += charWidth(text.charAt(i));
            if (total > limit) {
                return i;
            }
        }
        return text.length();
    }

    /** The text cut so it fits on one line, ending with "…" when cut. */
    String truncate(String printableText, float size, float maxWidth) {
        if (width(printableText, size) <= maxWidth) {
            return printableText;
        }
        float room = maxWidth - width(String.valueOf(ELLIPSIS), size);
        int fit = room <= 0 ? 0 : fittingLength(printableText, size, room);
        return printableText.substring(0, fit) + ELLIPSIS;
    }
}
