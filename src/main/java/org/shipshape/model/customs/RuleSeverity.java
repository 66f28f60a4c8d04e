package org.shipshape.model.customs;

import org.shipshape.model.common.CodedEnum;

/** How hard a destination rule stops a pack: block it, warn, or only inform. */
public enum RuleSeverity implements CodedEnum {
    BLOCK("block"), WARN("warn"), INFO("info");

    private final String code;

    RuleSeverity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
