package org.shipshape.model.planning;

import java.util.Objects;

/** An item left out of a plan, with the reason and a sentence for the user. */
public record UnplacedItem(PlanItem item, UnplacedReason reason, String explanation) {
    public UnplacedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
    }
}
