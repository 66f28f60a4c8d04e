package org.shipshape.model.home;

import org.shipshape.model.common.CodedEnum;

/** The steps of a first shipment, in order; the home screen ticks each one off as it happens. */
public enum HomeStep implements CodedEnum {
    ORGANISATION("organisation"),
    FIRST_DONATION("first-donation"),
    FIRST_PACKAGE_SEALED("first-package-sealed"),
    FIRST_SHIPMENT("first-shipment"),
    CONTAINER_LOADED("container-loaded"),
    CUSTOMS_PACK_PRINTED("customs-pack-printed");

    private final String code;

    HomeStep(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
