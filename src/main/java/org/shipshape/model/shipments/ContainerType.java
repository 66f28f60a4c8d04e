package org.shipshape.model.shipments;

import java.math.BigDecimal;
import java.util.Objects;

/** Inside size, door size and payload of a container type; editable data, values vary by carrier. */
public record ContainerType(String code, String name, int insideLengthMm, int insideWidthMm, int insideHeightMm,
                            int doorWidthMm, int doorHeightMm, BigDecimal maxPayloadKg) {
    public ContainerType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxPayloadKg, "maxPayloadKg");
    }

    /** Inside volume in cubic metres. */
    public BigDecimal insideVolumeM3() {
        return BigDecimal.valueOf((long) insideLengthMm * insideWidthMm * insideHeightMm, 9);
    }
}
