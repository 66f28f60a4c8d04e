package org.shipshape.model.packing;

import org.shipshape.model.common.CodedEnum;

public enum PackageStatus implements CodedEnum {
    OPEN("open"), SEALED("sealed"), LOADED("loaded");

    private final String code;

    PackageStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
