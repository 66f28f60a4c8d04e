package org.shipshape.model.shipments;

import java.util.Optional;
import org.shipshape.model.common.CodedEnum;

/**
 * Lifecycle of a shipment: planning, packing, loading, sealed, shipped, arrived, closed. A shipment moves on one
 * step at a time and may go back to any earlier status; going back from sealed or later is a reopening, which
 * needs a reason for the change log.
 */
public enum ShipmentStatus implements CodedEnum {
    PLANNING("planning"), PACKING("packing"), LOADING("loading"), SEALED("sealed"), SHIPPED("shipped"),
    ARRIVED("arrived"), CLOSED("closed");

    private final String code;

    ShipmentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Loads and documents are locked from sealed on. */
    public boolean isLocked() {
        return compareTo(SEALED) >= 0;
    }

    /** The status one step on, or empty for a closed shipment. */
    public Optional<ShipmentStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The status one step back, or empty while planning. */
    public Optional<ShipmentStatus> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /** True when the lifecycle allows going from this status to the target: one step on, or back to any earlier. */
    public boolean canMoveTo(ShipmentStatus target) {
        return next().filter(target::equals).isPresent() || target.compareTo(this) < 0;
    }

    /** Moving to the target steps back out of a locked status, which needs a reason. */
    public boolean isReopeningTo(ShipmentStatus target) {
        return target.compareTo(this) < 0 && isLocked();
    }
}
