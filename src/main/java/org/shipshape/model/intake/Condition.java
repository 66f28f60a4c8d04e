package org.shipshape.model.intake;

import org.shipshape.model.common.CodedEnum;

public enum Condition implements CodedEnum {
    NEW("new"), USED_GOOD("used-good"), USED_FAIR("used-fair"), FOR_PARTS("for-parts");

    private final String code;

    Condition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isUsed() {
        return this != NEW;
    }
}
