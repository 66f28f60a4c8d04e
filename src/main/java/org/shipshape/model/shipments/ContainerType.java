package org.shipshape.model.shipments;

import org.shipshape.model.common.CodedEntry;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Inside size, door size, payload and tare of a container type; editable data, values vary by carrier.
 *
 * @param tareKg  the empty container's own weight, or null when not known
 * @param retired true once the charity stopped using it: no longer offered, kept on old shipments
 */
public record ContainerType(String code, String name, int insideLengthMm, int insideWidthMm, int insideHeightMm,
                            int doorWidthMm, int doorHeightMm, BigDecimal maxPayloadKg, BigDecimal tareKg,
                            boolean retired) implements CodedEntry<ContainerType> {
    public ContainerType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxPayloadKg, "maxPayloadKg");
    }

    public ContainerType(String code, String name, int insideLengthMm, int insideWidthMm, int insideHeightMm,
                         int doorWidthMm, int doorHeightMm, BigDecimal maxPayloadKg) {
        this(code, name, insideLengthMm, insideWidthMm, insideHeightMm, doorWidthMm, doorHeightMm, maxPayloadKg,
                null, false);
    }

    @Override
    public ContainerType withRetired(boolean value) {
        return new ContainerType(code, name, insideLengthMm, insideWidthMm, insideHeightMm, doorWidthMm,
                doorHeightMm, maxPayloadKg, tareKg, value);
    }

    /** Inside volume in cubic metres. */
    public BigDecimal insideVolumeM3() {
        return BigDecimal.valueOf((long) insideLengthMm * insideWidthMm * insideHeightMm, 9);
    }
}
