package org.shipshape.logic.intake;

import java.util.Collection;
import java.util.List;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.db.Database;
import org.shipshape.store.intake.ItemRepository;

/**
 * The one place that changes a donated item's stored status. Packing marks an item packed when its whole
 * quantity is on content lines and returns it to stock when such a line is removed; the sample warehouses mark
 * what they pack. Shipped is derived from the shipment (see the inventory query), disposed is set at intake.
 */
public final class ItemStatusChanges {
    private final ItemRepository items;

    public ItemStatusChanges(Database db) {
        this.items = new ItemRepository(db);
    }

    /** All of these items are now on content lines. */
    public void markPacked(Collection<Long> itemIds) {
        items.updateStatus(itemIds, ItemStatus.PACKED);
    }

    /** A content line holding the item was removed: a packed item is back in stock; other states stay. */
    public void returnToStock(long itemId) {
        items.findById(itemId).filter(item -> item.status() == ItemStatus.PACKED)
                .ifPresent(item -> items.updateStatus(List.of(itemId), ItemStatus.IN_STOCK));
    }
}
