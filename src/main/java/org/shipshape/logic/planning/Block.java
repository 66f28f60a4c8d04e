package org.shipshape.logic.planning;

import java.util.Arrays;

/**
 * A cuboid group of boxes placed as one unit: either a grid of identical boxes in one orientation
 * ("simple block") or two blocks side by side or one on the other ("general block").
 * Every box in a block is fully supported when the block's base is, so blocks keep full support for free.
 *
 * <p>The top packing area is the rectangle [0, topDx) x [0, topDy) at the block's top face that is
 * completely covered by box tops; only there may something stand on the block. 0 x 0 means nothing may.
 */
final class Block {
    final int dx;
    final int dy;
    final int dz;
    final int topDx;
    final int topDy;
    final long volume;
    /** Heaviest box the block may hold; its total weight depends on which members it gets, see PartialLoad. */
    final double heaviestItemKg;
    /** Heaviest item allowed to stand on this block (fragile boxes in its top face). */
    final double topWeightLimit;
    /** Box types used and how many of each, sorted by type index. */
    final int[] typeIndexes;
    final int[] typeCounts;
    /** How many boxes the block holds. */
    final int boxes;

    // Simple block: nx * ny * nz boxes of one type standing as (boxDx, boxDy, boxDz).
    final CargoType type;
    final int boxDx;
    final int boxDy;
    final int boxDz;
    final int nx;
    final int ny;
    final int nz;

    // General block: second stands after first along axis 0 = x, 1 = y, 2 = z.
    final Block first;
    final Block second;
    final int axis;

    private Block(int dx, int dy, int dz, int topDx, int topDy, long volume, double heaviestItemKg, double topWeightLimit, int[] typeIndexes, int[] typeCounts, CargoType type,
                  int[] boxSize, int nx, int ny, int nz, Block first, Block second, int axis) {
        this.dx = dx;
        this.dy = dy;
        this.dz = dz;
        this.topDx = topDx;
        this.topDy = topDy;
        this.volume = volume;
        this.heaviestItemKg = heaviestItemKg;
        this.topWeightLimit = topWeightLimit;
        this.typeIndexes = typeIndexes;
        this.typeCounts = typeCounts;
        int total = 0;
        for (int count : typeCounts) {
            total += count;
        }
        this.boxes = total;
        this.type = type;
        this.boxDx = boxSize == null ? 0 : boxSize[0];
        this.boxDy = boxSize == null ? 0 : boxSize[1];
        this.boxDz = boxSize == null ? 0 : boxSize[2];
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.first = first;
        this.second = second;
        this.axis = axis;
    }

    /**
     * A grid of boxes of one type. Boxes of a fragile type may stand on each other inside the block because
     * the plan gives a block's heavier members the lower boxes (see LoadPlanner.toPlacements).
     */
    static Block simple(CargoType type, int[] orientation, int nx, int ny, int nz) {
        int n = nx * ny * nz;
        boolean stackable = !type.doNotStack;
        return new Block(orientation[0] * nx, orientation[1] * ny, orientation[2] * nz,
                stackable ? orientation[0] * nx : 0, stackable ? orientation[1] * ny : 0,
                type.volume * n, type.heaviestKg, type.topWeightLimit,
                new int[] {type.index}, new int[] {n}, type, orientation, nx, ny, nz, null, null, -1);
    }

    /**
     * Puts {@code second} after {@code first} along the axis, or null when the pair would not make a
     * usable block (too big, too hollow, unsupported or breaking a mark). Counts are checked by the caller.
     */
    static Block combine(Block first, Block second, int axis, int[] containerSize, double minFill,
                         boolean fullSupport) {
        if (!combinable(first, second, axis, containerSize, minFill, fullSupport)) {
            return null;
        }
        int dx;
        int dy;
        int dz;
        int topDx;
        int topDy;
        double topLimit;
        if (axis == 2) {
            dx = first.dx;
            dy = first.dy;
            dz = first.dz + second.dz;
            topDx = second.topDx;
            topDy = second.topDy;
            topLimit = second.topWeightLimit;
        } else {
            // Equal heights (see combinable) keep the top flush, so the joint top area can carry boxes across both.
            boolean alongX = axis == 0;
            int firstLength = alongX ? first.dx : first.dy;
            int firstTopLength = alongX ? first.topDx : first.topDy;
            int firstTopAcross = alongX ? first.topDy : first.topDx;
            int secondTopLength = alongX ? second.topDx : second.topDy;
            int secondTopAcross = alongX ? second.topDy : second.topDx;
            int topLength;
            int topAcross;
            if (firstTopLength == firstLength && firstTopAcross > 0 && secondTopAcross > 0) {
                topLength = firstLength + secondTopLength;
                topAcross = Math.min(firstTopAcross, secondTopAcross);
            } else {
                topLength = firstTopLength;
                topAcross = firstTopAcross;
            }
            dx = alongX ? first.dx + second.dx : Math.max(first.dx, second.dx);
            dy = alongX ? Math.max(first.dy, second.dy) : first.dy + second.dy;
            dz = first.dz;
            topDx = alongX ? topLength : topAcross;
            topDy = alongX ? topAcross : topLength;
            topLimit = Math.min(first.topWeightLimit, second.topWeightLimit);
        }
        long volume = first.volume + second.volume;
        int[][] merged = mergeCounts(first, second);
        return new Block(dx, dy, dz, topDx, topDy, volume, Math.max(first.heaviestItemKg, second.heaviestItemKg), topLimit, merged[0], merged[1], null, null,
                0, 0, 0, first, second, axis);
    }

    /**
     * True when {@link #combine} gives a block for this pair along this axis, counts aside: a few comparisons, so
     * block generation can test millions of pairs before it builds anything.
     */
    static boolean combinable(Block first, Block second, int axis, int[] containerSize, double minFill,
                              boolean fullSupport) {
        long dx;
        long dy;
        long dz;
        if (axis == 2) {
            boolean fitsOnTop = fullSupport
                    ? second.dx <= first.topDx && second.dy <= first.topDy
                    : second.dx <= first.dx && second.dy <= first.dy && first.topDx > 0;
            if (!fitsOnTop || second.heaviestItemKg > first.topWeightLimit) {
                return false;
            }
            dx = first.dx;
            dy = first.dy;
            dz = first.dz + second.dz;
        } else {
            if (first.dz != second.dz) {
                return false;
            }
            dx = axis == 0 ? first.dx + second.dx : Math.max(first.dx, second.dx);
            dy = axis == 0 ? Math.max(first.dy, second.dy) : first.dy + second.dy;
            dz = first.dz;
        }
        return dx <= containerSize[0] && dy <= containerSize[1] && dz <= containerSize[2]
                && first.volume + second.volume >= minFill * dx * dy * (double) dz;
    }

    private static int[][] mergeCounts(Block a, Block b) {
        int[] indexes = new int[a.typeIndexes.length + b.typeIndexes.length];
        int[] counts = new int[indexes.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.typeIndexes.length || j < b.typeIndexes.length) {
            if (j >= b.typeIndexes.length || (i < a.typeIndexes.length && a.typeIndexes[i] < b.typeIndexes[j])) {
                indexes[n] = a.typeIndexes[i];
                counts[n++] = a.typeCounts[i++];
            } else if (i >= a.typeIndexes.length || b.typeIndexes[j] < a.typeIndexes[i]) {
                indexes[n] = b.typeIndexes[j];
                counts[n++] = b.typeCounts[j++];
            } else {
                indexes[n] = a.typeIndexes[i];
                counts[n++] = a.typeCounts[i++] + b.typeCounts[j++];
            }
        }
        return new int[][] {Arrays.copyOf(indexes, n), Arrays.copyOf(counts, n)};
    }

    boolean isSimple() {
        return type != null;
    }

    int boxCount() {
        return boxes;
    }

    boolean availableIn(int[] remaining) {
        for (int i = 0; i < typeIndexes.length; i++) {
            if (remaining[typeIndexes[i]] < typeCounts[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reports every box of this block placed with the block's back-left-bottom corner at (x, y, z). */
    void forEachBox(int x, int y, int z, BoxVisitor visitor) {
        if (isSimple()) {
            for (int iz = 0; iz < nz; iz++) {
                for (int iy = 0; iy < ny; iy++) {
                    for (int ix = 0; ix < nx; ix++) {
                        visitor.box(type, x + ix * boxDx, y + iy * boxDy, z + iz * boxDz, boxDx, boxDy, boxDz);
                    }
                }
            }
            return;
        }
        first.forEachBox(x, y, z, visitor);
        switch (axis) {
            case 0 -> second.forEachBox(x + first.dx, y, z, visitor);
            case 1 -> second.forEachBox(x, y + first.dy, z, visitor);
            default -> second.forEachBox(x, y, z + first.dz, visitor);
        }
    }

    /** Identity of the block's shape and content, to avoid keeping the same block twice. */
    Object key() {
        return Arrays.asList(dx, dy, dz, topDx, topDy, Arrays.toString(typeIndexes), Arrays.toString(typeCounts));
    }

    interface BoxVisitor {
        void box(CargoType type, int x, int y, int z, int dx, int dy, int dz);
    }
}
