package org.shipshape.model.intake;

import org.shipshape.model.common.CodedEnum;

public enum TestResult implements CodedEnum {
    WORKING("working"), REPAIRED("repaired"), NOT_WORKING("not-working");

    private final String code;

    TestResult(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
