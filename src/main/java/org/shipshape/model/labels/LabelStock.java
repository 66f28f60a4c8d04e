package org.shipshape.model.labels;

import org.shipshape.model.common.CodedEntry;
import java.util.Objects;

/**
 * A label stock as data: the page, how labels sit on it (columns, rows, margins, pitch) and the per-printer
 * calibration offset. All lengths in millimetres.
 *
 * @param dpi     printer resolution when known (thermal printers), so bars are a whole number of dots; or null
 * @param printer the printer last used for this stock, or null
 * @param retired true once the charity stopped using it: no longer offered, kept for what it printed
 */
public record LabelStock(String code, String name, double pageWidthMm, double pageHeightMm, int columns, int rows,
                         double labelWidthMm, double labelHeightMm, double marginLeftMm, double marginTopMm,
                         double pitchXMm, double pitchYMm, double offsetXMm, double offsetYMm, Integer dpi,
                         String printer, boolean retired) implements CodedEntry<LabelStock> {
    public LabelStock {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("Label stock " + code + " needs at least one column and one row");
        }
    }

    public LabelStock(String code, String name, double pageWidthMm, double pageHeightMm, int columns, int rows,
                      double labelWidthMm, double labelHeightMm, double marginLeftMm, double marginTopMm,
                      double pitchXMm, double pitchYMm, double offsetXMm, double offsetYMm, Integer dpi,
                      String printer) {
        this(code, name, pageWidthMm, pageHeightMm, columns, rows, labelWidthMm, labelHeightMm, marginLeftMm,
                marginTopMm, pitchXMm, pitchYMm, offsetXMm, offsetYMm, dpi, printer, false);
    }

    /** The same stock printed shifted by this calibration offset (millimetres right and down). */
    public LabelStock withOffsets(double x, double y) {
        return new LabelStock(code, name, pageWidthMm, pageHeightMm, columns, rows, labelWidthMm, labelHeightMm,
                marginLeftMm, marginTopMm, pitchXMm, pitchYMm, x, y, dpi, printer, retired);
    }

    @Override
    public LabelStock withRetired(boolean value) {
        return new LabelStock(code, name, pageWidthMm, pageHeightMm, columns, rows, labelWidthMm, labelHeightMm,
                marginLeftMm, marginTopMm, pitchXMm, pitchYMm, offsetXMm, offsetYMm, dpi, printer, value);
    }

    public int labelsPerPage() {
        return columns * rows;
    }
}
