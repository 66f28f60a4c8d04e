package org.shipshape.logic.labels;

import com.google.zxing.oned.Code128Writer;
import org.shipshape.logic.pdf.ContentWriter;

/**
 * Barcodes drawn as vector rectangles (sharp on thermal printers, small files): Code 128 with its quiet zones
 * and a QR code, both from ZXing's encoders. Lengths in PDF points.
 */
final class VectorBarcodes {
    static final float POINTS_PER_MM = 72f / 25.4f;
    /** Code 128 quiet zone: at least 10 modules or 6.35 mm, whichever is larger. */
    static final float MIN_QUIET_MM = 6.35f;
    static final int QUIET_MODULES = 10;
    /** Bars at least 6.35 mm high. */
    static final float MIN_BAR_HEIGHT_MM = 6.35f;
    /** Where the printer's resolution is unknown, bars are whole dots of a 600 dpi (and so 300 dpi) printer. */
    static final int DEFAULT_DPI = 600;
    private static final float MAX_MODULE_MM = 0.6f;
    private static final int QR_QUIET_MODULES = 4;
    private static final float ROW_HEIGHT = 1.04f;

    private VectorBarcodes() {
    }

    /** The bar pattern of a Code 128 symbol, without quiet zones: true = bar. */
    static boolean[] code128(String contents) {
        boolean[] padded = new Code128Writer().encode(contents);
        int first = 0;
        int last = padded.length - 1;
        while (first < padded.length && !padded[first]) {
            first++;
        }
        while (last > first && !padded[last]) {
            last--;
        }
        boolean[] bars = new boolean[last - first + 1];
        System.arraycopy(padded, first, bars, 0, bars.length);
        return bars;
    }

    /**
     * The module width in points: the widest whole number of printer dots (up to 0.6 mm) for which bars plus
     * both quiet zones fit the width; at least one dot.
     */
    static float moduleWidth(int modules, float availableWidth, Integer dpi) {
        float dot = 72f / (dpi == null || dpi <= 0 ? DEFAULT_DPI : dpi);
        int best = 1;
        for (int dots = 1; dots * dot <= MAX_MODULE_MM * POINTS_PER_MM; dots++) {
            if (totalWidth(modules, dots * dot) <= availableWidth) {
                best = dots;
            }
        }
        return best * dot;
    }

    static float quietZone(float module) {
        return Math.max(QUIET_MODULES * module, MIN_QUIET_MM * POINTS_PER_MM);
    }

    static float totalWidth(int modules, float module) {
        return modules * module + 2 * quietZone(module);
    }

    /**
     * Draws the bars (runs of dark modules as one rectangle each), starting after the left quiet zone at x. The
     * bars are drawn in a coordinate system of one module by the bar height, so each is four short whole numbers.
     */
    static void drawCode128(ContentWriter out, boolean[] bars, float x, float y, float module, float height) {
        out.operator("q").number(module).number(0f).number(0f).number(height).number(x).number(y).operator("cm");
        int i = 0;
        while (i < bars.length) {
            if (!bars[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < bars.length && bars[i]) {
                i++;
            }
            out.number(start).number(0).number(i - start).number(1).operator("re");
        }
        out.operator("f").operator("Q");
    }

    /**
     * The QR modules (true = dark) without quiet zone, error correction M, with the mask ZXing would choose (a
     * fixed mask was faster but left some numbers, such as MLD-0006, hard to read on small labels).
     */
    static boolean[][] qr(String contents) {
        return QrMasks.encode(contents);
    }

    /**
     * Draws a QR code filling a square of the given size (its 4-module quiet zone included), top-left at x, top;
     * in a coordinate system of one module with its origin at the symbol's top-left corner.
     */
    static void drawQr(ContentWriter out, boolean[][] modules, float x, float top, float size) {
        int count = modules.length + 2 * QR_QUIET_MODULES;
        float module = size / count;
        out.operator("q").number(module).number(0f).number(0f).number(module)
                .number(x + QR_QUIET_MODULES * module).number(top - QR_QUIET_MODULES * module).operator("cm");
        for (int row = 0; row < modules.length; row++) {
            int col = 0;
            while (col < modules[row].length) {
                if (!modules[row][col]) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules[row].length && modules[row][col]) {
                    col++;
                }
                // Rows overlap by a hair so renderers never show white seams between touching modules.
                out.number(start).number(-(row + 1)).number(col - start).number(ROW_HEIGHT).operator("re");
            }
        }
        out.operator("f").operator("Q");
    }
}
