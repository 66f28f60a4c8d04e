package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.Cargo;

/**
 * Items that are interchangeable for the planner's geometry: same size, allowed orientations and marks.
 * Weights may differ, because real packages are each weighed; grouping by weight too would make every
 * package its own type and no block of several boxes could ever be built. The search counts boxes per type
 * instead of tracking items, which keeps states small.
 *
 * <p>The search always takes a type's items lightest first, so the weight of the next {@code n} boxes of a
 * type is known exactly from how many are already used (see {@link #weightOfNext}); the plan is built by taking
 * the items in the same order. Checks that depend on which box stands where (fragile tops, marks) use the
 * type's lightest and heaviest weight, which holds whichever members end up where.
 */
final class CargoType {
    final int index;
    final List<Cargo> items;
    /** Allowed orientations as {dx, dy, dz}, without duplicates (a cube has one). */
    final int[][] orientations;
    /** Items lightest first: the order the search takes them in. */
    final double heaviestKg;
    final boolean doNotStack;
    /** Heaviest item allowed on top of any box of the type: the lightest member's weight when fragile. */
    final double topWeightLimit;
    /** weightPrefix[i] = weight of the i lightest items. */
    private final double[] weightPrefix;
    final long volume;

    /** @param orientations the allowed orientations that also fit inside and through the door */
    CargoType(int index, List<Cargo> items, int[][] orientations) {
        this.index = index;
        this.items = items.stream().sorted(Comparator.comparingDouble(Cargo::weightKg)).toList();
        Cargo first = this.items.get(0);
        this.orientations = orientations;
        this.heaviestKg = this.items.get(this.items.size() - 1).weightKg();
        this.doNotStack = first.doNotStack();
        this.topWeightLimit = first.fragile() ? first.weightKg() : Double.POSITIVE_INFINITY;
        this.volume = first.volumeCm3();
        this.weightPrefix = new double[this.items.size() + 1];
        for (int i = 0; i < this.items.size(); i++) {
            weightPrefix[i + 1] = weightPrefix[i] + this.items.get(i).weightKg();
        }
    }

    /** Weight of the next {@code n} items when {@code used} items of this type are already placed. */
    double weightOfNext(int used, int n) {
        return weightPrefix[used + n] - weightPrefix[used];
    }

    int count() {
        return items.size();
    }

    /** Every way the item may stand: a side allowed to be vertical, the other two either way round. */
    static int[][] orientationsOf(Cargo item) {
        List<int[]> result = new ArrayList<>();
        for (CargoAxis vertical : CargoAxis.values()) {
            if (!item.mayBeVertical().contains(vertical)) {
                continue;
            }
            int[] floorSides = new int[2];
            int n = 0;
            for (CargoAxis other : CargoAxis.values()) {
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
