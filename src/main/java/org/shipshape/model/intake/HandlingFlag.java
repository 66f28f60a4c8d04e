package org.shipshape.model.intake;

import org.shipshape.model.common.CodedEnum;

/** Properties of a category that drive warnings, labels and test records. */
public enum HandlingFlag implements CodedEnum {
    FRAGILE("fragile"), ELECTRICAL("electrical"), NEEDS_TEST("needs-test"), HEAVY("heavy"), THIS_SIDE_UP("this-side-up");

    private final String code;

    HandlingFlag(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
