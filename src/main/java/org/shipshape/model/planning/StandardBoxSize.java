package org.shipshape.model.planning;

import java.util.Objects;

/** One of the warehouse's standard box sizes (editable data), such as the 60 x 40 x 40 cm medium box. */
public record StandardBoxSize(String code, String name, int lengthCm, int widthCm, int heightCm) {
    public StandardBoxSize {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (lengthCm <= 0 || widthCm <= 0 || heightCm <= 0) {
            throw new IllegalArgumentException("Box size " + code + " needs a positive size, not "
                    + lengthCm + "x" + widthCm + "x" + heightCm + " cm");
        }
    }

    public long volumeCm3() {
        return (long) lengthCm * widthCm * heightCm;
    }

    @Override
    public String toString() {
        return name + " (" + lengthCm + " x " + widthCm + " x " + heightCm + " cm)";
    }
}
