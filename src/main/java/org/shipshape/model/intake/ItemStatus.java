package org.shipshape.model.intake;

import org.shipshape.model.common.CodedEnum;

/** Where a donated item is; follows packing and shipping. */
public enum ItemStatus implements CodedEnum {
    IN_STOCK("in-stock"), PACKED("packed"), SHIPPED("shipped"), DISPOSED("disposed");

    private final String code;

    ItemStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
