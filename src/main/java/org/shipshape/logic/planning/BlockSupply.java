package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Which blocks still have enough boxes, kept up to date as boxes are used. For each box type the blocks that use it
 * are listed by how many of its boxes they need, most first; when a type's boxes left fall below a block's need,
 * the block is marked used up, once. A packing keeps one bit per block and, per type, how far down that list it has
 * marked, so asking costs one bit test and marking costs one step per block over a whole packing.
 */
final class BlockSupply {
    /** byType[t] = indexes of the blocks using type t, most boxes of t first; need[t] = how many each needs. */
    private final int[][] byType;
    private final int[][] need;
    private final int blocks;

    BlockSupply(List<Block> blocks, int types) {
        this.blocks = blocks.size();
        List<List<int[]>> users = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            users.add(new ArrayList<>());
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            for (int k = 0; k < block.typeIndexes.length; k++) {
                users.get(block.typeIndexes[k]).add(new int[] {i, block.typeCounts[k]});
            }
        }
        byType = new int[types][];
        need = new int[types][];
        for (int t = 0; t < types; t++) {
            List<int[]> list = users.get(t);
            list.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            byType[t] = list.stream().mapToInt(u -> u[0]).toArray();
            need[t] = list.stream().mapToInt(u -> u[1]).toArray();
        }
    }

    /** The marks of a packing before anything is used: nothing used up, nothing marked. */
    Marks start(int[] remaining) {
        Marks marks = new Marks(new long[(blocks + 63) >>> 6], new int[byType.length]);
        for (int t = 0; t < byType.length; t++) {
            update(marks, t, remaining[t]);
        }
        return marks;
    }

    /** Marks the blocks that need more boxes of type t than are left. */
    void update(Marks marks, int type, int left) {
        int[] users = byType[type];
        int[] needs = need[type];
        int next = marks.marked[type];
        while (next < users.length && needs[next] > left) {
            int block = users[next++];
            marks.usedUp[block >>> 6] |= 1L << block;
        }
        marks.marked[type] = next;
    }

    /** One packing's marks; copied with the packing. */
    record Marks(long[] usedUp, int[] marked) {
        Marks copy() {
            return new Marks(usedUp.clone(), marked.clone());
        }

        boolean usedUp(int block) {
            return (usedUp[block >>> 6] & (1L << block)) != 0;
        }
    }
}
