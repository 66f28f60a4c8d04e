package org.shipshape.model.packing;

import org.shipshape.model.common.CodedEnum;

/** Box (carton), bale (pressed textiles), loose piece (sofa, fridge, bicycle) or pallet (holds packages). */
public enum PackageKind implements CodedEnum {
    BOX("box"), BALE("bale"), PIECE("piece"), PALLET("pallet");

    private final String code;

    PackageKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
