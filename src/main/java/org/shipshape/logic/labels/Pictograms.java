package org.shipshape.logic.labels;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.model.packing.HandlingMark;

/**
 * Handling marks as boxed vector pictograms with a caption, so they read on any printer and in any language:
 * two up-arrows (this side up), a wine glass with a crack (fragile), a crossed-out stacked box (do not stack),
 * a weight with "kg" (heavy), a lightning bolt (electrical).
 */
final class Pictograms {
    private static final Map<HandlingMark, String> CAPTIONS = Map.of(
            HandlingMark.THIS_SIDE_UP, "THIS SIDE UP",
            HandlingMark.FRAGILE, "FRAGILE",
            HandlingMark.DO_NOT_STACK, "DO NOT STACK",
            HandlingMark.HEAVY, "HEAVY",
            HandlingMark.ELECTRICAL, "ELECTRICAL");

    private Pictograms() {
    }

    static String caption(HandlingMark mark) {
        return CAPTIONS.get(mark);
    }

    /** Draws the mark in a square of side s with its bottom-left corner at (x, y). */
    static void draw(PDPageContentStream cs, LabelText measure, PDType0Font font, HandlingMark mark, float x,
                     float y, float s)
            throws IOException {
        cs.setLineWidth(Math.max(0.5f, s * 0.035f));
        cs.addRect(x, y, s, s);
        cs.stroke();
        String caption = caption(mark);
        float captionUnits = measure.unitWidth(font, caption);
        float captionSize = Math.min(s * 0.13f, (s * 0.9f) / Math.max(1f, captionUnits));
        measure.show(cs, font, captionSize, x + (s - captionUnits * captionSize) / 2, y + s * 0.06f, caption);
        float sy = y + s * 0.22f;
        float sh = s * 0.70f;
        switch (mark) {
            case THIS_SIDE_UP -> thisSideUp(cs, x, sy, s, sh);
            case FRAGILE -> fragile(cs, x, sy, s, sh);
            case DO_NOT_STACK -> doNotStack(cs, x, sy, s, sh);
            case HEAVY -> heavy(cs, measure, font, x, sy, s, sh);
            case ELECTRICAL -> electrical(cs, x, sy, s, sh);
            default -> throw new IllegalArgumentException("No pictogram for " + mark);
        }
    }

    private static void thisSideUp(PDPageContentStream cs, float x, float y, float s, float h) throws IOException {
        for (float cx : new float[] {x + s * 0.35f, x + s * 0.65f}) {
            float shaft = s * 0.06f;
            cs.addRect(cx - shaft / 2, y + h * 0.18f, shaft, h * 0.5f);
            cs.moveTo(cx - s * 0.12f, y + h * 0.62f);
            cs.lineTo(cx + s * 0.12f, y + h * 0.62f);
            cs.lineTo(cx, y + h * 0.95f);
            cs.closePath();
        }
        cs.addRect(x + s * 0.2f, y + h * 0.05f, s * 0.6f, s * 0.05f);
        cs.fill();
    }

    private static void fragile(PDPageContentStream cs, float x, float y, float s, float h) throws IOException {
        float cx = x + s / 2;
        float rim = y + h * 0.95f;
        float bowlBottom = y + h * 0.45f;
        cs.moveTo(cx - s * 0.2f, rim);
        cs.lineTo(cx + s * 0.2f, rim);
        cs.lineTo(cx + s * 0.04f, bowlBottom);
        cs.lineTo(cx - s * 0.04f, bowlBottom);
        cs.closePath();
        cs.moveTo(cx, bowlBottom);
        cs.lineTo(cx, y + h * 0.08f);
        cs.moveTo(cx - s * 0.14f, y + h * 0.08f);
        cs.lineTo(cx + s * 0.14f, y + h * 0.08f);
        cs.moveTo(cx - s * 0.06f, rim);
        cs.lineTo(cx + s * 0.02f, y + h * 0.8f);
        cs.lineTo(cx - s * 0.03f, y + h * 0.72f);
        cs.lineTo(cx + s * 0.04f, y + h * 0.6f);
        cs.stroke();
    }

    private static void doNotStack(PDPageContentStream cs, float x, float y, float s, float h) throws IOException {
        cs.addRect(x + s * 0.3f, y + h * 0.05f, s * 0.4f, h * 0.4f);
        cs.fill();
        cs.addRect(x + s * 0.3f, y + h * 0.55f, s * 0.4f, h * 0.38f);
        cs.moveTo(x + s * 0.18f, y + h * 0.5f);
        cs.lineTo(x + s * 0.82f, y + h * 0.98f);
        cs.moveTo(x + s * 0.18f, y + h * 0.98f);
        cs.lineTo(x + s * 0.82f, y + h * 0.5f);
        cs.stroke();
    }

    private static void heavy(PDPageContentStream cs, LabelText measure, PDType0Font font, float x, float y,
                              float s, float h)
            throws IOException {
        float cx = x + s / 2;
        cs.moveTo(cx - s * 0.3f, y + h * 0.05f);
        cs.lineTo(cx + s * 0.3f, y + h * 0.05f);
        cs.lineTo(cx + s * 0.2f, y + h * 0.75f);
        cs.lineTo(cx - s * 0.2f, y + h * 0.75f);
        cs.closePath();
        cs.fill();
        cs.addRect(cx - s * 0.08f, y + h * 0.75f, s * 0.16f, h * 0.2f);
        cs.stroke();
        float size = s * 0.22f;
        float w = measure.unitWidth(font, "kg") * size;
        cs.setNonStrokingColor(1f);
        measure.show(cs, font, size, cx - w / 2, y + h * 0.25f, "kg");
        cs.setNonStrokingColor(0f);
    }

    private static void electrical(PDPageContentStream cs, float x, float y, float s, float h) throws IOException {
        cs.moveTo(x + s * 0.58f, y + h * 0.98f);
        cs.lineTo(x + s * 0.30f, y + h * 0.45f);
        cs.lineTo(x + s * 0.48f, y + h * 0.45f);
        cs.lineTo(x + s * 0.38f, y + h * 0.02f);
        cs.lineTo(x + s * 0.70f, y + h * 0.58f);
        cs.lineTo(x + s * 0.52f, y + h * 0.58f);
        cs.closePath();
        cs.fill();
    }
}
