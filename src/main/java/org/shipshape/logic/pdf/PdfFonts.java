package org.shipshape.logic.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Unicode font (DejaVu Sans), embedded as a subset in every PDF so Romanian, Armenian, Cyrillic and
 * French text prints; the standard 14 PDF fonts cannot. Glyphs the font lacks are replaced, never fatal.
 */
public final class PdfFonts {
    private static final String REGULAR = "/org/shipshape/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/org/shipshape/fonts/DejaVuSans-Bold.ttf";
    private static final String REPLACEMENT = "?";

    /** Parsed font files kept for the next document, at most this many per face (one per document at a time). */
    private static final int KEPT_PER_FACE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Map<String, CmapLookup> COVERAGE = new ConcurrentHashMap<>();
    /** The font files, read from the jar once. */
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();
    /**
     * Parsed font files no document is using. Parsing a face took about a fifth of a customs pack's printing (six
     * documents, two faces each); a parsed file is only read by the documents it is loaded into, one at a time.
     */
    private static final Map<String, Queue<TrueTypeFont>> PARSED = new ConcurrentHashMap<>();

    private final PDType0Font regular;
    private final PDType0Font bold;
    private TrueTypeFont regularFile;
    private TrueTypeFont boldFile;

    private PdfFonts(TrueTypeFont regularFile, TrueTypeFont boldFile, PDDocument document) throws IOException {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
        this.regular = PDType0Font.load(document, regularFile, true);
        this.bold = PDType0Font.load(document, boldFile, true);
    }

    /** Loads both faces into the document (subset-embedded when the document is saved). */
    public static PdfFonts load(PDDocument document) {
        TrueTypeFont regularFile = parsed(REGULAR);
        TrueTypeFont boldFile = parsed(BOLD);
        try {
            PdfFonts fonts = new PdfFonts(regularFile, boldFile, document);
            fonts.markForSubsetting(document);
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the bundled font into a PDF", e);
        }
    }

    /**
     * Offers the parsed font files to the next document. Call once the document is saved or closed (its fonts are
     * subset when it is saved, reading these files); without the call the files are simply not reused.
     */
    public void release() {
        keep(REGULAR, regularFile);
        keep(BOLD, boldFile);
        regularFile = null;
        boldFile = null;
    }

    private static void keep(String resource, TrueTypeFont file) {
        if (file != null) {
            Queue<TrueTypeFont> kept = PARSED.computeIfAbsent(resource, r -> new ConcurrentLinkedQueue<>());
            if (kept.size() < KEPT_PER_FACE) {
                kept.offer(file);
            }
        }
    }

    /**
     * Parses both faces ahead, on the calling thread, so that the next documents find them ready: used to overlap
     * the parsing with reading the database.
     */
    public static void prepare() {
        keep(REGULAR, parsed(REGULAR));
        keep(BOLD, parsed(BOLD));
    }

    /**
     * PDFBox embeds a subset font when the document is saved only if the font was once set on a content stream of
     * that document; text written as prepared operators ({@link ContentWriter}) never does that, so both faces are
     * set once on a page that is not part of the document (and so is not written).
     */
    private void markForSubsetting(PDDocument document) {
        try (PDPageContentStream unused = new PDPageContentStream(document, new PDPage())) {
            unused.setFont(regular, 1);
            unused.setFont(bold, 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the bundled fonts for embedding", e);
        }
    }

    /** A parsed face no other document is using: a kept one, else the file parsed now. */
    private static TrueTypeFont parsed(String resource) {
        TrueTypeFont kept = PARSED.computeIfAbsent(resource, r -> new ConcurrentLinkedQueue<>()).poll();
        if (kept != null) {
            return kept;
        }
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES.computeIfAbsent(resource,
                    PdfFonts::readResource)));
            // Glyph substitution (ligatures) makes PDFBox run regular expressions on every string shown, which
            // made a 12,000-line packing list take a minute; plain glyphs print every script we need.
            ttf.setEnableGsub(false);
            COVERAGE.computeIfAbsent(ttf.getName(), name -> cmapOf(resource));
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the bundled font " + resource, e);
        }
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled font " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Bundled font missing: " + resource);
        }
        return in;
    }

    /** The face's character map, from a copy of the file of its own: lookups come from every thread. */
    private static CmapLookup cmapOf(String resource) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES.get(resource))).getUnicodeCmapLookup();
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
