package org.shipshape.logic.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shipshape.logic.task.Progress;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.ItemFilter;

/**
 * All inventory rows held in memory, with a lower-case search text per row, so that filtering 100,000 items is a
 * plain loop (measured well under the 100 ms the screen allows; see docs/features/intake.md). The search texts are
 * made on the first search by text, not when the inventory is first shown. Immutable: edits give a new snapshot.
 */
public final class InventorySnapshot {
    private static final int CHECK_EVERY = 8192;
    private final List<InventoryRow> rows;
    /** Made on the first search by text; racing searches may both make it, with the same result. */
    private volatile String[] searchText;

    private InventorySnapshot(List<InventoryRow> rows, String[] searchText) {
        this.rows = rows;
        this.searchText = searchText;
    }

    public static InventorySnapshot of(List<InventoryRow> rows) {
        return new InventorySnapshot(List.copyOf(rows), null);
    }

    private String[] searchText() {
        String[] text = searchText;
        if (text == null) {
            text = new String[rows.size()];
            for (int i = 0; i < text.length; i++) {
                text[i] = searchTextOf(rows.get(i));
            }
            searchText = text;
        }
        return text;
    }

    private static String searchTextOf(InventoryRow row) {
        return (row.description() + '\u0001' + row.donorName() + '\u0001' + row.categoryName() + '\u0001'
                + (row.location() == null ? "" : row.location())).toLowerCase(Locale.ROOT);
    }

    public int size() {
        return rows.size();
    }

    public List<InventoryRow> rows() {
        return rows;
    }

    /** The rows the filter selects, in snapshot order; checks for cancellation now and then. */
    public List<InventoryRow> filter(ItemFilter filter, Progress progress) {
        String text = filter.hasText() ? filter.text().trim().toLowerCase(Locale.ROOT) : null;
        String[] searchText = text == null ? null : searchText();
        List<InventoryRow> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % CHECK_EVERY == 0) {
                progress.checkCancelled();
            }
            InventoryRow row = rows.get(i);
            if (matches(filter, row) && (text == null || searchText[i].contains(text))) {
                result.add(row);
            }
        }
        return result;
    }

    private static boolean matches(ItemFilter f, InventoryRow row) {
        return (f.categoryId() == null || f.categoryId() == row.categoryId())
                && (f.donorId() == null || f.donorId() == row.donorId())
                && (f.condition() == null || f.condition() == row.condition())
                && (f.status() == null || f.status() == row.status())
                && (f.receivedFrom() == null || !row.receivedOn().isBefore(f.receivedFrom()))
                && (f.receivedTo() == null || !row.receivedOn().isAfter(f.receivedTo()));
    }

    /** This snapshot with one row replaced (after an edit), or unchanged when the row is not in it. */
    public InventorySnapshot replacing(InventoryRow changed) {
        List<InventoryRow> copy = new ArrayList<>(rows);
        String[] made = searchText;
        String[] text = made == null ? null : made.clone();
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id() == changed.id()) {
                copy.set(i, changed);
                if (text != null) {
                    text[i] = searchTextOf(changed);
                }
            }
        }
        return new InventorySnapshot(List.copyOf(copy), text);
    }

    /** This snapshot without the given items (after a delete). */
    public InventorySnapshot without(Set<Long> ids) {
        return of(rows.stream().filter(row -> !ids.contains(row.id())).toList());
    }

    /** This snapshot with rows added in front (new or restored items). */
    public InventorySnapshot with(Collection<InventoryRow> added) {
        List<InventoryRow> all = new ArrayList<>(added);
        all.addAll(rows);
        return of(all);
    }
}
