package org.shipshape.model.packing;

import org.shipshape.model.common.CodedEntry;
import java.util.Objects;

/**
 * A standard box size (editable data), so measuring a package is one click.
 *
 * @param retired true once the charity stopped using it: no longer offered, still named on old packages
 */
public record BoxSize(String code, String name, Dimensions dimensions, boolean retired) implements CodedEntry<BoxSize> {
    public BoxSize {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dimensions, "dimensions");
    }

    public BoxSize(String code, String name, Dimensions dimensions) {
        this(code, name, dimensions, false);
    }

    @Override
    public BoxSize withRetired(boolean value) {
        return new BoxSize(code, name, dimensions, value);
    }
}
