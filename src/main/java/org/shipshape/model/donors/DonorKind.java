package org.shipshape.model.donors;

import org.shipshape.model.common.CodedEnum;

public enum DonorKind implements CodedEnum {
    INDIVIDUAL("individual"), BUSINESS("business"), CHURCH("church"), SCHOOL("school"), OTHER("other");

    private final String code;

    DonorKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
