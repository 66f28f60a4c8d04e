package org.shipshape.logic.planning;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.planning.BrInstanceReader.BoxTypeLine;
import org.shipshape.logic.planning.BrInstanceReader.BrInstance;

/**
 * Makes container-loading instances with the generator procedure published by Bischoff and Ratcliff (1995,
 * Omega 23(4)), which reproduces BR1-BR7 exactly from their seeds. With 30 to 100 box types it gives strongly
 * heterogeneous sets to tune on, without ever looking at the published results for such sets.
 *
 * <p>The procedure: a Park-Miller random number stream, its first ten numbers discarded; per box type three
 * sides drawn from [30, 120], [25, 100] and [20, 80] cm and sorted longest first, a side may be vertical when it
 * is less than twice the shortest; one box of every type, then boxes of random types while the cargo still fits
 * the container's volume.
 */
public final class BrInstanceGenerator {
    /** The 20 ft container of all published classes. */
    public static final int LENGTH = 587;
    public static final int WIDTH = 233;
    public static final int HEIGHT = 220;
    private static final int[] SMALLEST_SIDE = {30, 25, 20};
    private static final int[] LARGEST_SIDE = {120, 100, 80};
    private static final double VERTICAL_RATIO = 2;
    private static final int DISCARDED_NUMBERS = 10;

    private BrInstanceGenerator() {
    }

    /** The instance numbered {@code problem} with {@code boxTypes} types, drawn from {@code seed}. */
    public static BrInstance generate(int problem, long seed, int boxTypes) {
        if (boxTypes < 1 || seed <= 0 || seed >= ParkMiller.MODULUS) {
            throw new IllegalArgumentException("Need at least one box type and a seed in 1.." + (ParkMiller.MODULUS - 1)
                    + ", not " + boxTypes + " types and seed " + seed);
        }
        ParkMiller random = new ParkMiller(seed);
        for (int i = 0; i < DISCARDED_NUMBERS; i++) {
            random.next();
        }
        int[][] sides = new int[boxTypes][];
        long[] volumes = new long[boxTypes];
        int[] counts = new int[boxTypes];
        for (int t = 0; t < boxTypes; t++) {
            int[] d = new int[3];
            for (int j = 0; j < 3; j++) {
                d[j] = SMALLEST_SIDE[j] + (int) Math.floor(random.next() * (LARGEST_SIDE[j] - SMALLEST_SIDE[j] + 1));
            }
            Arrays.sort(d);
            sides[t] = new int[] {d[2], d[1], d[0]};
            volumes[t] = (long) d[0] * d[1] * d[2];
            counts[t] = 1;
        }
        long target = (long) LENGTH * WIDTH * HEIGHT;
        long cargo = Arrays.stream(volumes).sum();
        while (true) {
            int k = (int) Math.floor(random.next() * boxTypes);
            if (cargo + volumes[k] > target) {
                break;
            }
            counts[k]++;
            cargo += volumes[k];
        }
        List<BoxTypeLine> lines = new ArrayList<>(boxTypes);
        for (int t = 0; t < boxTypes; t++) {
            int shortest = sides[t][2];
            boolean[] vertical = new boolean[3];
            for (int j = 0; j < 3; j++) {
                vertical[j] = (double) sides[t][j] / shortest < VERTICAL_RATIO;
            }
            lines.add(new BoxTypeLine(t + 1, sides[t], vertical, counts[t]));
        }
        return new BrInstance(problem, seed, LENGTH, WIDTH, HEIGHT, lines);
    }

    /**
     * A set of strongly heterogeneous instances: for each number of box types, {@code perClass} problems whose seeds
     * follow the published spacing of 100 from {@code firstSeed}. Problems are numbered from 1 across the set.
     */
    public static List<BrInstance> heterogeneousSet(int[] boxTypeCounts, int perClass, long firstSeed) {
        List<BrInstance> set = new ArrayList<>();
        for (int types : boxTypeCounts) {
            for (int i = 0; i < perClass; i++) {
                set.add(generate(set.size() + 1, firstSeed + 100L * set.size(), types));
            }
        }
        return set;
    }

    /** Writes instances in the OR-Library thpack format that {@link BrInstanceReader} reads, atomically. */
    public static void write(List<BrInstance> instances, Path target) throws IOException {
        AtomicFileWriter.write(target, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.US_ASCII);
            out.write(" " + instances.size() + "\n");
            for (BrInstance instance : instances) {
                out.write(" " + instance.problem() + " " + instance.seed() + "\n");
                out.write(" " + instance.length() + " " + instance.width() + " " + instance.height() + "\n");
                out.write(" " + instance.boxTypes().size() + "\n");
                for (BoxTypeLine line : instance.boxTypes()) {
                    StringBuilder row = new StringBuilder(" ").append(line.typeId());
                    for (int j = 0; j < 3; j++) {
                        row.append(' ').append(line.sides()[j]).append(' ').append(line.mayBeVertical()[j] ? 1 : 0);
                    }
                    out.write(row.append(' ').append(line.count()).append('\n').toString());
                }
            }
            out.flush();
        });
    }

    /** Park and Miller's minimal standard generator, as the 1995 paper prescribes. */
    private static final class ParkMiller {
        static final long MODULUS = 2_147_483_647L;
        private static final long MULTIPLIER = 16_807L;
        private long state;

        ParkMiller(long seed) {
            this.state = seed;
        }

        double next() {
            state = state * MULTIPLIER % MODULUS;
            return (double) state / MODULUS;
        }
    }
}
