package org.shipshape.logic.inventory;

import org.shipshape.logic.intake.DeletedItems;
import org.shipshape.logic.intake.ItemRules;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.InventoryTotals;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.db.StaleRecordException;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.inventory.InventoryRepository;

/**
 * The stock of donated items: what is there (filtered in memory over a snapshot, or by the database), changes
 * in place, and deletion with undo. Stock status is derived from packing (see {@code InventoryQuery}).
 */
public final class InventoryService {
    private final Workspace workspace;
    private final ItemRepository items;
    private final InventoryRepository inventory;
    private final CategoryRepository categories;

    public InventoryService(Workspace workspace) {
        this.workspace = workspace;
        this.items = new ItemRepository(workspace.database());
        this.inventory = new InventoryRepository(workspace.database());
        this.categories = new CategoryRepository(workspace.database());
    }

    /** Every item, newest first, ready for fast filtering. */
    public InventorySnapshot snapshot() {
        return InventorySnapshot.of(inventory.search(ItemFilter.ALL));
    }

    /** The newest items, at most {@code limit}: the first screenful, read in a few milliseconds. */
    public List<InventoryRow> newest(int limit) {
        return inventory.search(ItemFilter.ALL, limit);
    }

    /** Filtering done by the database (the same criteria as {@link InventorySnapshot#filter}). */
    public List<InventoryRow> search(ItemFilter filter) {
        return inventory.search(filter);
    }

    public InventoryTotals totals(ItemFilter filter) {
        return inventory.totals(filter);
    }

    /** Benchmark case: filter a snapshot in memory (the way the inventory screen does). */
    public static List<InventoryRow> filterInMemory(InventorySnapshot snapshot, ItemFilter filter) {
        return snapshot.filter(filter, Progress.NONE);
    }

    public DonatedItem item(long id) {
        return items.findById(id).orElseThrow(() -> new UserInputException(
                Message.of("inventory.refused.itemGone", id)));
    }

    /** The item's row as stored now (after a conflict, to show someone else's change); empty once deleted. */
    public java.util.Optional<InventoryRow> find(long id) {
        return inventory.findRow(id);
    }

    /**
     * Saves a changed item and returns its new inventory row, if the item is still at the version the screen showed.
     *
     * @param seenVersion the version of the row the edit started from ({@link InventoryRow#version()})
     * @throws EditConflictException naming who changed it since and when; nothing is saved then
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public InventoryRow update(DonatedItem changed, long seenVersion) {
        Category category = categories.findById(changed.categoryId()).orElse(null);
        List<Message> problems = ItemRules.problems(changed, category);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        try {
            items.update(changed, seenVersion);
        } catch (StaleRecordException stale) {
            throw EditConflictException.of(stale, "inventory", String.valueOf(changed.id()));
        }
        return inventory.findRow(changed.id()).orElseThrow();
    }

    /**
     * Deletes items in one transaction and logs it; keeps what is needed to undo.
     *
     * @throws UserInputException when any of them is packed (packed goods are removed from their package first)
     */
    public DeletedItems delete(Collection<Long> ids) {
        Set<Long> packed = items.packedAmong(ids);
        if (!packed.isEmpty()) {
            throw new UserInputException(Message.of("inventory.refused.deletePacked", packed.size(),
                    packed.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return workspace.database().inTransaction(() -> {
            List<DonatedItem> deleted = items.deleteAll(ids);
            new AuditRepository(workspace.database()).append(workspace.user(), "delete", "donated_item",
                    ids(deleted), deleted.size() + " items deleted");
            return new DeletedItems(deleted);
        });
    }

    /** Undoes a delete: the items come back with their ids; returns their rows. */
    public List<InventoryRow> restore(DeletedItems deleted) {
        workspace.database().inTransaction(() -> {
            items.restore(deleted.items());
            new AuditRepository(workspace.database()).append(workspace.user(), "restore", "donated_item",
                    ids(deleted.items()), deleted.count() + " deleted items restored");
            return null;
        });
        Set<Long> ids = new HashSet<>();
        deleted.items().forEach(item -> ids.add(item.id()));
        return ids.stream().map(id -> inventory.findRow(id).orElseThrow()).toList();
    }

    private static String ids(List<DonatedItem> list) {
        return list.stream().map(item -> String.valueOf(item.id())).collect(Collectors.joining(","));
    }
}
