package org.shipshape.model.packing;

import org.shipshape.model.common.CodedEnum;

/**
 * Lifecycle of a package: open while it is packed, sealed when weighed, measured and closed, loaded once scanned
 * into the container. Unloading makes it sealed again; reopening a sealed package (with a reason) makes it open;
 * a loaded package must be unloaded before it can be reopened.
 */
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

    /** True when the lifecycle allows this change: open to sealed and back, sealed to loaded and back. */
    public boolean canMoveTo(PackageStatus target) {
        return switch (this) {
            case OPEN -> target == SEALED;
            case SEALED -> target == OPEN || target == LOADED;
            case LOADED -> target == SEALED;
        };
    }

    /** Lines may be added, changed or removed only while the package is open. */
    public boolean acceptsChanges() {
        return this == OPEN;
    }
}
