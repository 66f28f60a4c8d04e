package org.shipshape.logic.labels;

import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.logic.pdf.ContentWriter;
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
    static void draw(ContentWriter out, LabelText measure, PDType0Font font, HandlingMark mark, float x,
                     float y, float s) {
        out.number(Math.max(0.5f, s * 0.035f)).operator("w");
        out.number(x).number(y).number(s).number(s).operator("re");
        out.operator("S");
        String caption = caption(mark);
        float captionUnits = measure.unitWidth(font, caption);
        float captionSize = Math.min(s * 0.13f, (s * 0.9f) / Math.max(1f, captionUnits));
        measure.show(out, font, captionSize, x + (s - captionUnits * captionSize) / 2, y + s * 0.06f, caption);
        float sy = y + s * 0.22f;
        float sh = s * 0.70f;
        switch (mark) {
            case THIS_SIDE_UP -> thisSideUp(out, x, sy, s, sh);
            case FRAGILE -> fragile(out, x, sy, s, sh);
            case DO_NOT_STACK -> doNotStack(out, x, sy, s, sh);
            case HEAVY -> heavy(out, measure, font, x, sy, s, sh);
            case ELECTRICAL -> electrical(out, x, sy, s, sh);
            default -> throw new IllegalArgumentException("No pictogram for " + mark);
        }
    }

    private static void thisSideUp(ContentWriter out, float x, float y, float s, float h) {
        for (float cx : new float[] {x + s * 0.35f, x + s * 0.65f}) {
            float shaft = s * 0.06f;
            out.number(cx - shaft / 2).number(y + h * 0.18f).number(shaft).number(h * 0.5f).operator("re");
            out.number(cx - s * 0.12f).number(y + h * 0.62f).operator("m");
            out.number(cx + s * 0.12f).number(y + h * 0.62f).operator("l");
            out.number(cx).number(y + h * 0.95f).operator("l");
            out.operator("h");
        }
        out.number(x + s * 0.2f).number(y + h * 0.05f).number(s * 0.6f).number(s * 0.05f).operator("re");
        out.operator("f");
    }

    private static void fragile(ContentWriter out, float x, float y, float s, float h) {
        float cx = x + s / 2;
        float rim = y + h * 0.95f;
        float bowlBottom = y + h * 0.45f;
        out.number(cx - s * 0.2f).number(rim).operator("m");
        out.number(cx + s * 0.2f).number(rim).operator("l");
        out.number(cx + s * 0.04f).number(bowlBottom).operator("l");
        out.number(cx - s * 0.04f).number(bowlBottom).operator("l");
        out.operator("h");
        out.number(cx).number(bowlBottom).operator("m");
        out.number(cx).number(y + h * 0.08f).operator("l");
        out.number(cx - s * 0.14f).number(y + h * 0.08f).operator("m");
        out.number(cx + s * 0.14f).number(y + h * 0.08f).operator("l");
        out.number(cx - s * 0.06f).number(rim).operator("m");
        out.number(cx + s * 0.02f).number(y + h * 0.8f).operator("l");
        out.number(cx - s * 0.03f).number(y + h * 0.72f).operator("l");
        out.number(cx + s * 0.04f).number(y + h * 0.6f).operator("l");
        out.operator("S");
    }

    private static void doNotStack(ContentWriter out, float x, float y, float s, float h) {
        out.number(x + s * 0.3f).number(y + h * 0.05f).number(s * 0.4f).number(h * 0.4f).operator("re");
        out.operator("f");
        out.number(x + s * 0.3f).number(y + h * 0.55f).number(s * 0.4f).number(h * 0.38f).operator("re");
        out.number(x + s * 0.18f).number(y + h * 0.5f).operator("m");
        out.number(x + s * 0.82f).number(y + h * 0.98f).operator("l");
        out.number(x + s * 0.18f).number(y + h * 0.98f).operator("m");
        out.number(x + s * 0.82f).number(y + h * 0.5f).operator("l");
        out.operator("S");
    }

    private static void heavy(ContentWriter out, LabelText measure, PDType0Font font, float x, float y,
                              float s, float h) {
        float cx = x + s / 2;
        out.number(cx - s * 0.3f).number(y + h * 0.05f).operator("m");
        out.number(cx + s * 0.3f).number(y + h * 0.05f).operator("l");
        out.number(cx + s * 0.2f).number(y + h * 0.75f).operator("l");
        out.number(cx - s * 0.2f).number(y + h * 0.75f).operator("l");
        out.operator("h");
        out.operator("f");
        out.number(cx - s * 0.08f).number(y + h * 0.75f).number(s * 0.16f).number(h * 0.2f).operator("re");
        out.operator("S");
        float size = s * 0.22f;
        float w = measure.unitWidth(font, "kg") * size;
        out.number(1f).operator("g");
        measure.show(out, font, size, cx - w / 2, y + h * 0.25f, "kg");
        out.number(0f).operator("g");
    }

    private static void electrical(ContentWriter out, float x, float y, float s, float h) {
        out.number(x + s * 0.58f).number(y + h * 0.98f).operator("m");
        out.number(x + s * 0.30f).number(y + h * 0.45f).operator("l");
        out.number(x + s * 0.48f).number(y + h * 0.45f).operator("l");
        out.number(x + s * 0.38f).number(y + h * 0.02f).operator("l");
        out.number(x + s * 0.70f).number(y + h * 0.58f).operator("l");
        out.number(x + s * 0.52f).number(y + h * 0.58f).operator("l");
        out.operator("h");
        out.operator("f");
    }
}
