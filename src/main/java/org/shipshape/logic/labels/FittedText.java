package org.shipshape.logic.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.logic.pdf.PdfFonts;

/**
 * Text fitted into a box: shrunk step by step down to a minimum size, wrapped at spaces, and only when it still
 * does not fit cut with "…" and flagged, so the caller can report it. Nothing is cut silently.
 *
 * @param shortened true when text had to be cut
 */
record FittedText(float size, float leading, List<String> lines, boolean shortened) {
    private static final float STEP = 0.5f;
    private static final float LEADING = 1.18f;
    private static final String ELLIPSIS = "…";
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");

    /** Fits the paragraphs (each starts on a new line) into width x height points. */
    static FittedText fit(LabelText measure, PDType0Font font, List<String> paragraphs, float width, float height,
                          float maxSize, float minSize) {
        List<Paragraph> measured = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            measured.add(new Paragraph(measure, font, paragraph));
        }
        for (float size = maxSize; size >= minSize - 0.001f; size -= STEP) {
            List<String> lines = new ArrayList<>();
            for (Paragraph p : measured) {
                p.wrap(width / size, lines);
            }
            if (lines.size() * size * LEADING <= height + 0.01f) {
                return new FittedText(size, size * LEADING, lines, false);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Paragraph p : measured) {
            p.wrap(width / minSize, lines);
        }
        int room = Math.max(1, (int) Math.floor(height / (minSize * LEADING)));
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(room, lines.size())));
        String last = kept.get(kept.size() - 1);
        while (!last.isEmpty() && measure.unitWidth(font, last + ELLIPSIS) * minSize > width) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(kept.size() - 1, last + ELLIPSIS);
        return new FittedText(minSize, minSize * LEADING, kept, true);
    }

    /** The largest size (down to minSize) at which one line fits the width, and whether it had to be cut. */
    static FittedText fitLine(LabelText measure, PDType0Font font, String text, float width, float maxSize,
                              float minSize) {
        String printable = PdfFonts.printable(font, text);
        float unit = measure.unitWidth(font, printable);
        float size = unit <= 0 ? maxSize : Math.min(maxSize, width / unit);
        if (size >= minSize) {
            return new FittedText(size, size * LEADING, List.of(printable), false);
        }
        return fit(measure, font, List.of(printable), width, minSize * LEADING, minSize, minSize);
    }

    /** A paragraph with its words measured once, then wrapped at any size by scaling. */
    private static final class Paragraph {
        private final String[] words;
        private final float[] widths;
        private final float space;
        private final PDType0Font font;
        private final LabelText measure;

        Paragraph(LabelText measure, PDType0Font font, String text) {
            this.font = font;
            this.measure = measure;
            String[] raw = text.trim().isEmpty() ? new String[0] : WHITESPACE.split(text.trim());
            this.words = new String[raw.length];
            this.widths = new float[words.length];
            for (int i = 0; i < words.length; i++) {
                words[i] = measure.printableWord(font, raw[i]);
                widths[i] = measure.unitWidth(font, words[i]);
            }
            this.space = measure.unitWidth(font, " ");
        }

        /** Appends the wrapped lines for a line width given in units of the font size. */
        void wrap(float unitsPerLine, List<String> out) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (int i = 0; i < words.length; i++) {
                float w = widths[i];
                if (line.length() > 0 && used + space + w <= unitsPerLine) {
                    line.append(' ').append(words[i]);
                    used += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (w <= unitsPerLine) {
                    line.append(words[i]);
                    used = w;
                } else {
                    used = breakLongWord(words[i], unitsPerLine, out, line);
                }
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
        }

        /** A word wider than the line is broken between characters; the rest stays in {@code line}. */
        private float breakLongWord(String word, float unitsPerLine, List<String> out, StringBuilder line) {
            int start = 0;
            int[] points = word.codePoints().toArray();
            StringBuilder piece = new StringBuilder();
            for (int i = start; i < points.length; i++) {
                String candidate = piece.toString() + Character.toString(points[i]);
                if (piece.length() > 0 && measure.unitWidth(font, candidate) > unitsPerLine) {
                    out.add(piece.toString());
                    piece.setLength(0);
                }
                piece.appendCodePoint(points[i]);
            }
            line.append(piece);
            return measure.unitWidth(font, piece.toString());
        }
    }
}
