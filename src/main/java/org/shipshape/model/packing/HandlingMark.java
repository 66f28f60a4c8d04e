package org.shipshape.model.packing;

import org.shipshape.model.common.CodedEnum;

/** Marks printed on a package and honoured when loading. */
public enum HandlingMark implements CodedEnum {
    FRAGILE("fragile"), THIS_SIDE_UP("this-side-up"), DO_NOT_STACK("do-not-stack"), HEAVY("heavy"),
    ELECTRICAL("electrical");

    private final String code;

    HandlingMark(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
