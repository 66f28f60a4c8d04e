package org.shipshape.logic.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Unicode font (DejaVu Sans), embedded as a subset in every PDF so Romanian, Armenian, Cyrillic and
 * French text prints; the standard 14 PDF fonts cannot. Glyphs the font lacks are replaced, never fatal.
 */
public final class PdfFonts {
    private static final String REGULAR = "/org/shipshape/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/org/shipshape/fonts/DejaVuSans-Bold.ttf";
    private static final String REPLACEMENT = "?";

    private static final Map<String, CmapLookup> COVERAGE = new ConcurrentHashMap<>();

    private final PDType0Font regular;
    private final PDType0Font bold;

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both faces into the document (subset-embedded when the document is saved). */
    public static PdfFonts load(PDDocument document) {
        return new PdfFonts(font(document, REGULAR), font(document, BOLD));
    }

    private static PDType0Font font(PDDocument document, String resource) {
        try (InputStream in = open(resource)) {
            PDType0Font font = PDType0Font.load(document, in, true);
            COVERAGE.computeIfAbsent(font.getName().substring(font.getName().indexOf('+') + 1),
                    name -> cmapOf(resource));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the bundled font " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Bundled font missing: " + resource);
        }
        return in;
    }

    private static CmapLookup cmapOf(String resource) {
        try (InputStream in = open(resource)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            return ttf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the glyph table of " + resource, e);
        }
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    /**
     * The text with every character the font cannot draw (emoji, unsupported scripts, control characters)
     * replaced by "?", so showing it never throws.
     */
    public static String printable(PDType0Font font, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (canDraw(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private static boolean canDraw(PDType0Font font, int codePoint) {
        CmapLookup cmap = COVERAGE.get(font.getName().substring(font.getName().indexOf('+') + 1));
        if (cmap == null) {
            throw new IllegalArgumentException("Use a font loaded by PdfFonts.load: " + font.getName());
        }
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Width of the text in points at the given size, after replacing undrawable characters. */
    public static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
