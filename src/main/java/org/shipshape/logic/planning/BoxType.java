package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.planning.ItemAxis;
import org.shipshape.model.planning.PlanItem;

/**
 * Items that are interchangeable for the planner: same size, weight, allowed orientations and marks.
 * The search counts boxes per type instead of tracking items, which keeps states small.
 */
final class BoxType {
    final int index;
    final List<PlanItem> items;
    /** Allowed orientations as {dx, dy, dz}, without duplicates (a cube has one). */
    final int[][] orientations;
    final double weightKg;
    final boolean doNotStack;
    /** Heaviest item allowed on top: its own weight when fragile, otherwise unlimited. */
    final double topWeightLimit;
    final long volume;

    /** @param orientations the allowed orientations that also fit inside and through the door */
    BoxType(int index, List<PlanItem> items, int[][] orientations) {
        this.index = index;
        this.items = List.copyOf(items);
        PlanItem first = items.get(0);
        this.orientations = orientations;
        this.weightKg = first.weightKg();
        this.doNotStack = first.doNotStack();
        this.topWeightLimit = first.fragile() ? first.weightKg() : Double.POSITIVE_INFINITY;
        this.volume = first.volumeCm3();
    }

    int count() {
        return items.size();
    }

    /** Every way the item may stand: a side allowed to be vertical, the other two either way round. */
    static int[][] orientationsOf(PlanItem item) {
        List<int[]> result = new ArrayList<>();
        for (ItemAxis vertical : ItemAxis.values()) {
            if (!item.mayBeVertical().contains(vertical)) {
                continue;
            }
            int[] floorSides = new int[2];
            int n = 0;
            for (ItemAxis other : ItemAxis.values()) {
                if (other != vertical) {
                    floorSides[n++] = item.size(other);
                }
            }
            addIfNew(result, new int[] {floorSides[0], floorSides[1], item.size(vertical)});
            addIfNew(result, new int[] {floorSides[1], floorSides[0], item.size(vertical)});
        }
        return result.toArray(new int[0][]);
    }

    private static void addIfNew(List<int[]> result, int[] orientation) {
        for (int[] known : result) {
            if (known[0] == orientation[0] && known[1] == orientation[1] && known[2] == orientation[2]) {
                return;
            }
        }
        result.add(orientation);
    }
}
