package org.shipshape.logic.intake;

import java.util.List;
import org.shipshape.model.intake.DonatedItem;

/** Items just deleted, kept so the deletion can be undone exactly (same ids, same values). */
public record DeletedItems(List<DonatedItem> items) {
    public DeletedItems {
        items = List.copyOf(items);
    }

    public int count() {
        return items.size();
    }
}
