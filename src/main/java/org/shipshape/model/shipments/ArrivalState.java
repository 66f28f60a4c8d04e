package org.shipshape.model.shipments;

import org.shipshape.model.common.CodedEnum;

/** What the partner reports for a package on arrival. */
public enum ArrivalState implements CodedEnum {
    RECEIVED("received"), MISSING("missing"), DAMAGED("damaged");

    private final String code;

    ArrivalState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
