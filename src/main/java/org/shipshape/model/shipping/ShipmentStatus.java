package org.shipshape.model.shipping;

import org.shipshape.model.common.CodedEnum;

/** Lifecycle of a shipment, in order. */
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
}
