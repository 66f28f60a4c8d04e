package org.shipshape.model.planning;

import java.util.Objects;

/** An item left out of a plan, with the reason and a sentence for the user. */
public record UnplacedCargo(Cargo item, UnplacedReason reason, String explanation) {
    public UnplacedCargo {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
    }
}
