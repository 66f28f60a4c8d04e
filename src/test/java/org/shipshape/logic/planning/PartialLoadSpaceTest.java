package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.CargoAxis;

class PartialLoadSpaceTest {
    @Test
    void aCuboidLiesWithinAnotherExactlyWhenEveryFaceDoesAndItTakesNoHeavierItems() {
        Random random = new Random(1995);
        int[] edges = {0, 1, 2, 232, 233, 234, 586, 587, 588, (1 << 20) - 2, (1 << 20) - 1};
        for (int i = 0; i < 20_000; i++) {
            int[] a = corners(random, edges, i);
            int[] b = i % 4 == 0 ? nudged(random, a) : corners(random, edges, i + 1);
            double limitA = i % 5 == 0 ? 10 : Double.POSITIVE_INFINITY;
            double limitB = i % 7 == 0 ? 10 : Double.POSITIVE_INFINITY;
            PartialLoad.Space inner = new PartialLoad.Space(a[0], a[1], a[2], a[3], a[4], a[5], limitA, 0);
            PartialLoad.Space outer = new PartialLoad.Space(b[0], b[1], b[2], b[3], b[4], b[5], limitB, 0);
            boolean byFaces = a[0] >= b[0] && a[1] >= b[1] && a[2] >= b[2] && a[3] <= b[3] && a[4] <= b[4]
                    && a[5] <= b[5] && limitA <= limitB;

            assertThat(inner.within(outer)).as("%s in %s", inner, outer).isEqualTo(byFaces);
        }
    }

    @Test
    void aFreeCuboidIsKeptExactlyWhenSomeBoxLeftFitsItInAnAllowedOrientation() {
        List<CargoType> types = List.of(type(0, 60, 40, 30, 2, EnumSet.of(CargoAxis.HEIGHT)),
                type(1, 90, 25, 25, 3, EnumSet.allOf(CargoAxis.class)), type(2, 50, 50, 120, 1,
                        EnumSet.of(CargoAxis.HEIGHT)));
        Instance instance = new Instance(587, 233, 220, Double.POSITIVE_INFINITY, types, true, false);
        PartialLoad load = new PartialLoad(instance, new BlockSupply(List.of(), types.size()));
        Random random = new Random(7);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5_000; i++) {
                int x = random.nextInt(140);
                int y = random.nextInt(140);
                int z = random.nextInt(140);
                PartialLoad.Space space = new PartialLoad.Space(0, 0, 0, x, y, z, Double.POSITIVE_INFINITY, 0);
                boolean someBoxFits = false;
                for (CargoType type : types) {
                    for (int[] o : type.orientations) {
                        someBoxFits |= load.remaining(type.index) > 0 && o[0] <= x && o[1] <= y && o[2] <= z;
                    }
                }

                assertThat(load.someBoxFits(space)).as("%s, round %d", space, round).isEqualTo(someBoxFits);
            }
            if (round == 0) {
                // Then with the one tall box placed: it no longer keeps a cuboid.
                load.place(Block.simple(types.get(2), types.get(2).orientations[0], 1, 1, 1), load.nextSpace());
            }
        }
        assertThat(load.remaining(2)).isZero();
    }

    /** A type whose boxes may stand with the given sides vertical, in every orientation that allows. */
    static CargoType type(int index, int length, int width, int height, int count, EnumSet<CargoAxis> vertical) {
        List<Cargo> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Cargo(index + "#" + i, null, null, length, width, height, 0, vertical, false, false));
        }
        List<int[]> orientations = new ArrayList<>();
        int[] sides = {length, width, height};
        CargoAxis[] axes = CargoAxis.values();
        for (int up = 0; up < 3; up++) {
            if (vertical.contains(axes[up])) {
                int a = sides[(up + 1) % 3];
                int b = sides[(up + 2) % 3];
                orientations.add(new int[] {a, b, sides[up]});
                orientations.add(new int[] {b, a, sides[up]});
            }
        }
        return new CargoType(index, items, orientations.toArray(int[][]::new));
    }

    /** x1, y1, z1, x2, y2, z2 with each low corner at most its high corner. */
    private static int[] corners(Random random, int[] edges, int i) {
        int[] c = new int[6];
        for (int axis = 0; axis < 3; axis++) {
            int p = i % 2 == 0 ? edges[random.nextInt(edges.length)] : random.nextInt(700);
            int q = i % 3 == 0 ? edges[random.nextInt(edges.length)] : random.nextInt(700);
            c[axis] = Math.min(p, q);
            c[axis + 3] = Math.max(p, q);
        }
        return c;
    }

    /** The same cuboid with each face moved by at most one, so containment is decided by single centimetres. */
    private static int[] nudged(Random random, int[] c) {
        int[] n = new int[6];
        for (int k = 0; k < 6; k++) {
            n[k] = Math.max(0, Math.min((1 << 20) - 1, c[k] + random.nextInt(3) - 1));
        }
        for (int axis = 0; axis < 3; axis++) {
            if (n[axis] > n[axis + 3]) {
                n[axis + 3] = n[axis];
            }
        }
        return n;
    }
}
