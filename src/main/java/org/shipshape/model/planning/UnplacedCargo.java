package org.shipshape.model.planning;

import java.util.Objects;
import org.shipshape.model.common.Message;

/** An item left out of a plan, with the reason and what to tell the user about it. */
public record UnplacedCargo(Cargo item, UnplacedReason reason, Message explanation) {
    public UnplacedCargo {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The usual explanation of the reason, naming the item ({@code planning.unplaced.<REASON>}). */
    public static UnplacedCargo because(Cargo item, UnplacedReason reason) {
        return new UnplacedCargo(item, reason, Message.of("planning.unplaced." + reason.name(), item.label()));
    }
}
