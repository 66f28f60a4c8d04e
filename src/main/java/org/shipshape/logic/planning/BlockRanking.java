package org.shipshape.logic.planning;

/**
 * Scores a block standing in a free cuboid (see {@link SearchTuning} for the formula). The loss uses, per axis,
 * the longest length up to r that sides of the boxes can add up to: what a block leaves over along an axis can
 * only be filled up to that length.
 */
final class BlockRanking {
    private final SearchTuning tuning;
    /** reach[axis][r] = the longest length <= r that box sides lying along the axis can add up to. */
    private final int[][] reach;

    BlockRanking(Instance instance, SearchTuning tuning) {
        this.tuning = tuning;
        int[] size = instance.size();
        this.reach = new int[3][];
        for (int axis = 0; axis < 3; axis++) {
            reach[axis] = reachTable(instance, axis, size[axis]);
        }
    }

    SearchTuning tuning() {
        return tuning;
    }

    /** Bounded subset sums of the sides each type may have along the axis, with as many copies as there are boxes. */
    private static int[] reachTable(Instance instance, int axis, int max) {
        boolean[] reachable = new boolean[max + 1];
        reachable[0] = true;
        for (CargoType type : instance.types()) {
            int[] seen = new int[type.orientations.length];
            int distinct = 0;
            for (int[] orientation : type.orientations) {
                int side = orientation[axis];
                boolean known = false;
                for (int i = 0; i < distinct; i++) {
                    known |= seen[i] == side;
                }
                if (known) {
                    continue;
                }
                seen[distinct++] = side;
                int copies = Math.min(type.count(), max / side);
                for (int c = 0; c < copies; c++) {
                    boolean changed = false;
                    for (int r = max; r >= side; r--) {
                        if (!reachable[r] && reachable[r - side]) {
                            reachable[r] = true;
                            changed = true;
                        }
                    }
                    if (!changed) {
                        break;
                    }
                }
            }
        }
        int[] table = new int[max + 1];
        for (int r = 1; r <= max; r++) {
            table[r] = reachable[r] ? r : table[r - 1];
        }
        return table;
    }

    /** The longest length up to {@code r} along the axis that box sides can fill. */
    int reach(int axis, int r) {
        return reach[axis][Math.min(r, reach[axis].length - 1)];
    }

    double score(PartialLoad state, Block block, PartialLoad.Space space) {
        double score = block.volume;
        if (tuning.lossWeight() > 0) {
            double usable = (double) (block.dx + reach(0, space.dx() - block.dx))
                    * (block.dy + reach(1, space.dy() - block.dy))
                    * (block.dz + reach(2, space.dz() - block.dz));
            double most = (double) reach(0, space.dx()) * reach(1, space.dy()) * reach(2, space.dz());
            double kept = most > 0 ? Math.min(1, usable / most) : 1;
            score *= Math.pow(kept, tuning.lossWeight());
        }
        if (tuning.contactWeight() > 0) {
            int[] at = state.position(block, space);
            double surface = 2.0 * ((double) block.dx * block.dy + (double) block.dx * block.dz
                    + (double) block.dy * block.dz);
            double contact = state.contactArea(at[0], at[1], at[2], block.dx, block.dy, block.dz,
                    tuning.contactTolerance()) / surface;
            score *= Math.pow(Math.min(1, contact), tuning.contactWeight());
        }
        if (tuning.fewBoxesWeight() > 0) {
            score *= Math.pow(1.0 / block.boxCount(), tuning.fewBoxesWeight());
        }
        return score;
    }
}
