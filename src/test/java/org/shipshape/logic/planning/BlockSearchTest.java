package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shipshape.model.planning.CargoAxis;

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

    @Test
    void withMoreThanThreeBoxTypesABeamPackingIsExtendedByTheBestRankedOfMoreBlocksThanItsWidth() {
        // Two 48 cm boxes make the largest block, 96 cm high, but nothing fills the 4 cm left above it; the 90 cm box
        // is smaller and leaves 10 cm that the 10 cm box fills, so the ranking puts it first.
        List<CargoType> types = List.of(upright(0, 48, 2), upright(1, 90, 1), upright(2, 10, 1), upright(3, 45, 1));

        assertThat(firstExtension(types).dz).isEqualTo(90);
        assertThat(firstExtension(types.subList(0, 3)).dz).as("three types: the largest block").isEqualTo(96);
    }

    /** The block a beam of width 1 puts first into an empty 100 cm cube. */
    private static Block firstExtension(List<CargoType> types) {
        Instance instance = new Instance(100, 100, 100, Double.POSITIVE_INFINITY, types, true, false);
        List<Block> blocks = new BlockFactory(instance.size(), types, 100, 0.99, true).build(types, 0);
        // A pool of one: the ranking alone would look at the largest block only.
        SearchTuning tuning = new SearchTuning(1, 2.0, 0, 0, 0.04);
        BlockSearch search = new BlockSearch(instance, blocks, new BlockRanking(instance, tuning), List.of(),
                () -> 0L, 0, 1, 8, Long.MAX_VALUE, PlanningProgress.NONE, null, null);
        PartialLoad empty = new PartialLoad(instance, new BlockSupply(blocks, types.size()));
        List<Block> extensions = search.extensions(empty, empty.nextSpace(), 1);
        assertThat(extensions).hasSize(1);
        return extensions.get(0);
    }

    /** Boxes with a 100 x 100 cm base that stay upright. */
    private static CargoType upright(int index, int heightCm, int count) {
        return PartialLoadSpaceTest.type(index, 100, 100, heightCm, count, EnumSet.of(CargoAxis.HEIGHT));
    }
}
