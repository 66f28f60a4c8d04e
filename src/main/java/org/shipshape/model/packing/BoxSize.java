package org.shipshape.model.packing;

import java.util.Objects;

/** A standard box size (editable data), so measuring a package is one click. */
public record BoxSize(String code, String name, Dimensions dimensions) {
    public BoxSize {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dimensions, "dimensions");
    }
}
