package org.shipshape.model.packing;

import java.math.BigDecimal;

/** Outside size of a package in whole centimetres. */
public record Dimensions(int lengthCm, int widthCm, int heightCm) {
    public Dimensions {
        if (lengthCm <= 0 || widthCm <= 0 || heightCm <= 0) {
            throw new IllegalArgumentException(
                    "Length, width and height must each be more than 0 cm: " + lengthCm + "x" + widthCm + "x" + heightCm);
        }
    }

    public long volumeCm3() {
        return (long) lengthCm * widthCm * heightCm;
    }

    /** Volume in cubic metres, exact. */
    public BigDecimal volumeM3() {
        return BigDecimal.valueOf((long) lengthCm * widthCm * heightCm, 6);
    }

    @Override
    public String toString() {
        return lengthCm + " x " + widthCm + " x " + heightCm + " cm";
    }
}
