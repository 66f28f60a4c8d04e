package org.shipshape.logic.packing;

import java.util.Objects;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.Severity;

/** Something the packer should know now, not after the container is closed. */
public record PackingWarning(Severity level, Message text) {
    public PackingWarning {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
