package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the list of blocks the search chooses from: all simple blocks first, then general blocks made by
 * joining two blocks, round after round, until the list is full. The list is sorted largest volume first.
 * Generation is bounded by counts, not time, so the same input always gives the same list.
 */
final class BlockFactory {
    /** Caps the quadratic pairing work so block generation stays well under a second. */
    private static final long MAX_PAIRS_PER_ROUND = 3_000_000;

    private final int[] containerSize;
    private final int maxBlocks;
    private final double minFill;
    private final boolean fullSupport;
    private final int[] available;

    BlockFactory(int[] containerSize, List<CargoType> types, int maxBlocks, double minFill, boolean fullSupport) {
        this.containerSize = containerSize.clone();
        this.maxBlocks = maxBlocks;
        this.minFill = minFill;
        this.fullSupport = fullSupport;
        this.available = types.stream().mapToInt(CargoType::count).toArray();
    }

    List<Block> build(List<CargoType> types, int generalRounds) {
        List<Block> blocks = new ArrayList<>();
        Set<Object> known = new HashSet<>();
        for (CargoType type : types) {
            addSimpleBlocks(type, blocks, known);
        }
        blocks.sort(BY_VOLUME_DESCENDING);
        if (blocks.size() > maxBlocks) {
            return new ArrayList<>(blocks.subList(0, maxBlocks));
        }
        for (int round = 0; round < generalRounds && blocks.size() < maxBlocks; round++) {
            List<Block> joined = joinPairs(blocks, known);
            if (joined.isEmpty()) {
                break;
            }
            joined.sort(BY_VOLUME_DESCENDING);
            blocks.addAll(joined.subList(0, Math.min(joined.size(), maxBlocks - blocks.size())));
        }
        blocks.sort(BY_VOLUME_DESCENDING);
        return blocks;
    }

    private void addSimpleBlocks(CargoType type, List<Block> blocks, Set<Object> known) {
        int count = type.count();
        for (int[] orientation : type.orientations) {
            int maxX = Math.min(count, containerSize[0] / orientation[0]);
            int maxY = Math.min(count, containerSize[1] / orientation[1]);
            int maxZ = type.doNotStack ? 1 : Math.min(count, containerSize[2] / orientation[2]);
            for (int nz = 1; nz <= maxZ; nz++) {
                for (int ny = 1; ny <= maxY && ny * nz <= count; ny++) {
                    for (int nx = 1; nx <= maxX && nx * ny * nz <= count; nx++) {
                        Block block = Block.simple(type, orientation, nx, ny, nz);
                        if (known.add(block.key())) {
                            blocks.add(block);
                        }
                    }
                }
            }
        }
    }

    /**
     * Joins pairs of existing blocks. Pairs are tried in a fixed order and the work is capped, because the
     * number of pairs grows with the square of the list.
     */
    private List<Block> joinPairs(List<Block> blocks, Set<Object> known) {
        List<Block> joined = new ArrayList<>();
        int room = maxBlocks - blocks.size();
        long pairsLeft = MAX_PAIRS_PER_ROUND;
        for (int i = 0; i < blocks.size() && pairsLeft > 0 && joined.size() < 4 * room; i++) {
            Block first = blocks.get(i);
            for (int j = 0; j < blocks.size() && pairsLeft > 0; j++, pairsLeft--) {
                Block second = blocks.get(j);
                // Shapes first: most pairs fail there, and that test is far cheaper than counting boxes.
                int axes = 0;
                for (int axis = 0; axis < 3; axis++) {
                    if (Block.combinable(first, second, axis, containerSize, minFill, fullSupport)) {
                        axes |= 1 << axis;
                    }
                }
                if (axes == 0 || !fitTogether(first, second)) {
                    continue;
                }
                for (int axis = 0; axis < 3; axis++) {
                    Block block = (axes & (1 << axis)) == 0 ? null
                            : Block.combine(first, second, axis, containerSize, minFill, fullSupport);
                    if (block != null && known.add(block.key())) {
                        joined.add(block);
                    }
                }
            }
        }
        return joined;
    }

    /**
     * True when there are enough boxes for both blocks at once. Each block alone has enough, so only the types
     * both use need a look: one walk along the two sorted type lists.
     */
    private boolean fitTogether(Block first, Block second) {
        int[] a = first.typeIndexes;
        int[] b = second.typeIndexes;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (first.typeCounts[i] + second.typeCounts[j] > available[a[i]]) {
                    return false;
                }
                i++;
                j++;
            }
        }
        return true;
    }

    static final Comparator<Block> BY_VOLUME_DESCENDING = Comparator.comparingLong((Block b) -> -b.volume)
            .thenComparingInt(Block::boxCount)
            .thenComparingInt(b -> -b.dz)
            .thenComparingInt(b -> b.dx)
            .thenComparingInt(b -> b.dy);
}
