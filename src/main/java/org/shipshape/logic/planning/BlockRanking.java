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
    private final double[] fewBoxesFactors;

    BlockRanking(Instance instance, SearchTuning tuning) {
        this.tuning = tuning;
        int[] size = instance.size();
        this.reach = new int[3][];
        for (int axis = 0; axis < 3; axis++) {
            reach[axis] = reachTable(instance, axis, size[axis]);
        }
        fewBoxesFactors = new double[FEW_BOXES_TABLE_SIZE];
        for (int boxes = 1; boxes < fewBoxesFactors.length; boxes++) {
            fewBoxesFactors[boxes] = Math.pow(1.0 / boxes, tuning.fewBoxesWeight());
        }
    }

    private static final int FEW_BOXES_TABLE_SIZE = 4096;

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

    /** The volume of the space that box sides can fill at all: the part of the score that depends on the space only. */
    double mostUsable(PartialLoad.Space space) {
        return (double) reach(0, space.dx()) * reach(1, space.dy()) * reach(2, space.dz());
    }

    /**
     * Scores a block of the given size, volume and box count standing in the space; {@code most} is
     * {@link #mostUsable} of the space. Runs for every step of every greedy completion, so the terms that depend
     * only on the space or on the box count are worked out once.
     */
    double score(PartialLoad state, PartialLoad.Space space, double most, int dx, int dy, int dz, long volume,
                 int boxes) {
        double score = volume;
        if (tuning.lossWeight() > 0) {
            double usable = (double) (dx + reach(0, space.dx() - dx)) * (dy + reach(1, space.dy() - dy))
                    * (dz + reach(2, space.dz() - dz));
            double kept = most > 0 ? Math.min(1, usable / most) : 1;
            score *= tuning.lossWeight() == 2 ? kept * kept : Math.pow(kept, tuning.lossWeight());
        }
        if (tuning.contactWeight() > 0) {
            int[] at = state.position(dx, dy, space);
            double surface = 2.0 * ((double) dx * dy + (double) dx * dz + (double) dy * dz);
            double contact = state.contactArea(at[0], at[1], at[2], dx, dy, dz, tuning.contactTolerance()) / surface;
            score *= Math.pow(Math.min(1, contact), tuning.contactWeight());
        }
        if (tuning.fewBoxesWeight() > 0) {
            score *= fewBoxesFactor(boxes);
        }
        return score;
    }

    /** (1 / boxes)^fewBoxesWeight, from a table for the usual block sizes. */
    private double fewBoxesFactor(int boxes) {
        return boxes < fewBoxesFactors.length ? fewBoxesFactors[boxes]
                : Math.pow(1.0 / boxes, tuning.fewBoxesWeight());
    }
}
