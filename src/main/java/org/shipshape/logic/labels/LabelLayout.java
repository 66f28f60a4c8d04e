package org.shipshape.logic.labels;

import org.shipshape.model.labels.LabelStock;

/**
 * Where a label sits on a page of its stock: margins, pitch and the printer's calibration offset, in PDF points
 * from the page's bottom-left corner. Labels and the calibration test page both use it, so the test page shows
 * exactly where labels will print.
 */
public final class LabelLayout {
    static final float POINTS_PER_MM = 72f / 25.4f;

    private LabelLayout() {
    }

    /** A label's box: bottom-left corner, width and height, in points. */
    public record Box(float x, float y, float width, float height) {
        public float top() {
            return y + height;
        }
    }

    public static float pageWidth(LabelStock stock) {
        return (float) stock.pageWidthMm() * POINTS_PER_MM;
    }

    public static float pageHeight(LabelStock stock) {
        return (float) stock.pageHeightMm() * POINTS_PER_MM;
    }

    /** The box of the label at a 0-based position on the page (row by row, left to right). */
    public static Box slot(LabelStock stock, int position) {
        int column = position % stock.columns();
        int row = position / stock.columns();
        float x = (float) (stock.marginLeftMm() + column * stock.pitchXMm() + stock.offsetXMm()) * POINTS_PER_MM;
        float top = pageHeight(stock)
                - (float) (stock.marginTopMm() + row * stock.pitchYMm() + stock.offsetYMm()) * POINTS_PER_MM;
        float height = (float) stock.labelHeightMm() * POINTS_PER_MM;
        return new Box(x, top - height, (float) stock.labelWidthMm() * POINTS_PER_MM, height);
    }
}
