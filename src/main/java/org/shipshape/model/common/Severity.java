package org.shipshape.model.common;

/**
 * How hard something stops the work, wherever it is found: a destination rule, a packing warning, a problem before
 * the customs pack is printed. A block stops the final step (sealing past a limit, the final pack), a warning is
 * shown and may be printed over, information only tells.
 */
public enum Severity implements CodedEnum {
    BLOCK("block"), WARN("warn"), INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
