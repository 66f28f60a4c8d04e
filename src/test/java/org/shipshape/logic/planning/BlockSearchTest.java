package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockSearchTest {
    @Test
    void packedSizesFitExactlyWhenEverySideFits() {
        Random random = new Random(19);
        int[] edges = {0, 1, 2, 119, 120, 121, 233, 1202, 1203, 1204, (1 << 20) - 2, (1 << 20) - 1};
        for (int i = 0; i < 20_000; i++) {
            int[] room = new int[3];
            int[] size = new int[3];
            for (int axis = 0; axis < 3; axis++) {
                room[axis] = i % 2 == 0 ? edges[random.nextInt(edges.length)] : random.nextInt(1300);
                size[axis] = i % 3 == 0 ? room[axis] + random.nextInt(3) - 1 : random.nextInt(1300);
                size[axis] = Math.max(0, Math.min((1 << 20) - 1, size[axis]));
            }
            boolean everySideFits = size[0] <= room[0] && size[1] <= room[1] && size[2] <= room[2];

            boolean packedFits = BlockSearch.fitsWithin(BlockSearch.packed(room[0], room[1], room[2]),
                    BlockSearch.packed(size[0], size[1], size[2]));

            assertThat(packedFits).as("size %d x %d x %d in room %d x %d x %d", size[0], size[1], size[2], room[0],
                    room[1], room[2]).isEqualTo(everySideFits);
        }
    }

    @Test
    void nextBeamTakesOneChildPerParentAndCompletedVolumeWhileOthersRemain() {
        long[] scores = {90, 90, 80, 90, 70};
        int[] parents = {0, 0, 0, 1, 1};

        assertThat(BlockSearch.nextBeam(scores, parents, 3, true)).containsExactly(0, 3, 2);
        assertThat(BlockSearch.nextBeam(scores, parents, 5, true)).containsExactly(0, 3, 2, 4, 1);
        assertThat(BlockSearch.nextBeam(scores, parents, 3, false)).containsExactly(0, 1, 3);
    }

    @Test
    void nextBeamPutsChildrenNotEvaluatedLast() {
        long[] scores = {-1, 50, -1, 60};
        int[] parents = {0, 0, 1, 1};

        assertThat(BlockSearch.nextBeam(scores, parents, 4, true)).containsExactly(3, 1, 0, 2);
        assertThat(BlockSearch.nextBeam(scores, parents, 2, true)).containsExactly(3, 1);
    }
}
