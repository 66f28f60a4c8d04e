package org.shipshape.model.shipping;

import java.math.BigDecimal;
import java.util.Objects;

/** A standard box size from table box_size, used to estimate how many more boxes fit in a container. */
public record StandardBoxSize(String code, String name, int lengthCm, int widthCm, int heightCm) {
    public StandardBoxSize {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public BigDecimal volumeM3() {
        return BigDecimal.valueOf((long) lengthCm * widthCm * heightCm, 6);
    }
}
