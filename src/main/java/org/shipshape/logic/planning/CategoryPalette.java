package org.shipshape.logic.planning;

/**
 * Colours for categories of goods, shared by the 3D view and the printed plan so both read alike. Light,
 * clearly different hues that keep black package numbers readable; after twelve the hues repeat.
 */
public final class CategoryPalette {
    private static final int[] RGB = {
        0x8DD3C7, 0xFFFFB3, 0xBEBADA, 0xFB8072, 0x80B1D3, 0xFDB462,
        0xB3DE69, 0xFCCDE5, 0xD9D9D9, 0xBC80BD, 0xCCEBC5, 0xFFED6F,
    };

    private CategoryPalette() {
    }

    /** 0xRRGGBB for the category at this position of {@link ShipmentPlan#categories()}. */
    public static int rgb(int index) {
        return RGB[Math.floorMod(index, RGB.length)];
    }
}
