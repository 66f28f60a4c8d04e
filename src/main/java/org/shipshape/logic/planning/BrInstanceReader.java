package org.shipshape.logic.planning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.Cargo;

/**
 * Reads container-loading instances in the OR-Library "thpack" format (Bischoff and Ratcliff BR0-BR7):
 * whitespace-separated integers, so line endings and leading spaces do not matter.
 */
public final class BrInstanceReader {
    /** One box type: three sides, whether each may be vertical, and how many boxes there are. */
    public record BoxTypeLine(int typeId, int[] sides, boolean[] mayBeVertical, int count) {
        public BoxTypeLine {
            sides = sides.clone();
            mayBeVertical = mayBeVertical.clone();
        }
    }

    public record BrInstance(int problem, long seed, int length, int width, int height, List<BoxTypeLine> boxTypes) {
        public BrInstance {
            boxTypes = List.copyOf(boxTypes);
        }

        public ContainerSpace container() {
            return ContainerSpace.openBox(length, width, height);
        }

        /** One item per box, id "type#copy", weightless: the benchmark is about volume only. */
        public List<Cargo> items() {
            List<Cargo> items = new ArrayList<>();
            for (BoxTypeLine line : boxTypes) {
                Set<CargoAxis> vertical = EnumSet.noneOf(CargoAxis.class);
                for (int i = 0; i < 3; i++) {
                    if (line.mayBeVertical()[i]) {
                        vertical.add(CargoAxis.values()[i]);
                    }
                }
                for (int copy = 1; copy <= line.count(); copy++) {
                    items.add(new Cargo(line.typeId() + "#" + copy, "Box type " + line.typeId(),
                            String.valueOf(line.typeId()), line.sides()[0], line.sides()[1], line.sides()[2], 0,
                            vertical, false, false));
                }
            }
            return items;
        }

        public long cargoVolume() {
            return boxTypes.stream().mapToLong(t -> (long) t.sides()[0] * t.sides()[1] * t.sides()[2] * t.count())
                    .sum();
        }
    }

    private BrInstanceReader() {
    }

    public static List<BrInstance> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    static List<BrInstance> parse(String text, String source) {
        Tokens tokens = new Tokens(text.trim().split("\\s+"), source);
        int problems = tokens.nextInt("number of problems");
        List<BrInstance> instances = new ArrayList<>(problems);
        for (int p = 0; p < problems; p++) {
            int number = tokens.nextInt("problem number");
            long seed = tokens.nextLong("seed");
            int length = tokens.nextPositive("container length");
            int width = tokens.nextPositive("container width");
            int height = tokens.nextPositive("container height");
            int typeCount = tokens.nextPositive("number of box types");
            List<BoxTypeLine> types = new ArrayList<>(typeCount);
            for (int t = 0; t < typeCount; t++) {
                int id = tokens.nextInt("box type id");
                int[] sides = new int[3];
                boolean[] vertical = new boolean[3];
                for (int i = 0; i < 3; i++) {
                    sides[i] = tokens.nextPositive("box side");
                    vertical[i] = tokens.nextFlag();
                }
                types.add(new BoxTypeLine(id, sides, vertical, tokens.nextInt("box count")));
            }
            instances.add(new BrInstance(number, seed, length, width, height, types));
        }
        return instances;
    }

    private static final class Tokens {
        private final String[] tokens;
        private final String source;
        private int next;

        Tokens(String[] tokens, String source) {
            this.tokens = tokens;
            this.source = source;
        }

        long nextLong(String what) {
            if (next >= tokens.length) {
                throw new IllegalArgumentException(source + " ends early: expected " + what);
            }
            String token = tokens[next++];
            try {
                return Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": expected " + what + " as token " + next + ", found '"
                        + token + "'", e);
            }
        }

        int nextInt(String what) {
            return Math.toIntExact(nextLong(what));
        }

        int nextPositive(String what) {
            int value = nextInt(what);
            if (value <= 0) {
                throw new IllegalArgumentException(source + ": " + what + " must be positive, token " + next
                        + " is " + value);
            }
            return value;
        }

        boolean nextFlag() {
            int value = nextInt("orientation flag");
            if (value != 0 && value != 1) {
                throw new IllegalArgumentException(source + ": orientation flag must be 0 or 1, token " + next
                        + " is " + value);
            }
            return value == 1;
        }
    }
}
