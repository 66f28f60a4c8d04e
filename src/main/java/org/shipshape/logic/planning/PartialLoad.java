package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A partial packing: placed blocks, boxes left per type, payload left and the free space as a list of
 * maximal cuboids. With full support every free cuboid has a floor that is completely supported (container
 * floor or the top area of one block), so a block put on a free cuboid's floor is always supported.
 */
final class PartialLoad {
    /**
     * A free cuboid [x1, x2) x [y1, y2) x [z1, z2); items heavier than {@code weightLimit} may not enter it. Compared
     * by identity: the search only ever asks for the very cuboid it was handed.
     */
    static final class Space {
        private final int x1;
        private final int y1;
        private final int z1;
        private final int x2;
        private final int y2;
        private final int z2;
        private final double weightLimit;
        /** The sorted distances of its nearest corner to a container corner, packed for comparing (see nextSpace). */
        private final long anchor;
        /** Both corners packed as in BlockSearch.packed, so that containment is two subtractions (see within). */
        private final long low;
        private final long high;

        Space(int x1, int y1, int z1, int x2, int y2, int z2, double weightLimit, long anchor) {
            this.x1 = x1;
            this.y1 = y1;
            this.z1 = z1;
            this.x2 = x2;
            this.y2 = y2;
            this.z2 = z2;
            this.weightLimit = weightLimit;
            this.anchor = anchor;
            this.low = BlockSearch.packed(x1, y1, z1);
            this.high = BlockSearch.packed(x2, y2, z2);
        }

        int x1() {
            return x1;
        }

        int y1() {
            return y1;
        }

        int z1() {
            return z1;
        }

        int x2() {
            return x2;
        }

        int y2() {
            return y2;
        }

        int z2() {
            return z2;
        }

        double weightLimit() {
            return weightLimit;
        }

        int dx() {
            return x2 - x1;
        }

        int dy() {
            return y2 - y1;
        }

        int dz() {
            return z2 - z1;
        }

        long volume() {
            return (long) dx() * dy() * dz();
        }

        /** True when this cuboid lies inside the other and takes no heavier items; run millions of times a second. */
        boolean within(Space other) {
            return BlockSearch.fitsWithin(low, other.low) && BlockSearch.fitsWithin(other.high, high)
                    && weightLimit <= other.weightLimit;
        }

        @Override
        public String toString() {
            return "Space[" + x1 + "," + y1 + "," + z1 + " - " + x2 + "," + y2 + "," + z2 + "]";
        }
    }

    /** A free cuboid with its anchor distance worked out once. */
    private Space space(int x1, int y1, int z1, int x2, int y2, int z2, double weightLimit) {
        int a = instance.fromBackWall() ? x1 : Math.min(x1, instance.length() - x2);
        int b = Math.min(y1, instance.width() - y2);
        int c = z1;
        int low = Math.min(a, Math.min(b, c));
        int high = Math.max(a, Math.max(b, c));
        int middle = a + b + c - low - high;
        return new Space(x1, y1, z1, x2, y2, z2, weightLimit, ((long) low << 42) | ((long) middle << 21) | high);
    }

    /** Placed blocks as a shared linked list, newest first, so copying a state is cheap. */
    record PlacedBlock(Block block, int x, int y, int z, PlacedBlock previous) {
    }

    private final Instance instance;
    private final BlockSupply supply;
    private final BlockSupply.Marks marks;
    private final boolean weighted;
    private List<Space> spaces;
    private final int[] remaining;
    /** Every orientation of every type, packed as in BlockSearch.packed, and its type: scanned for each free cuboid. */
    private final long[] orientationSizes;
    private final int[] orientationTypes;
    private double payloadLeft;
    private long volume;
    private PlacedBlock placed;
    private int blockCount;
    private int smallestSide;
    /** How far from the back wall the placed blocks reach. */
    private int reach;
    /** The narrowest band across the width that holds the placed blocks. */
    private int leftmost = Integer.MAX_VALUE;
    private int rightmost;
    /** Mass placed and its moments about the back wall and the left wall: kg, or cm3 when nothing is weighed. */
    private double mass;
    private double momentX;
    private double momentY;

    PartialLoad(Instance instance, BlockSupply supply) {
        this.instance = instance;
        this.supply = supply;
        this.weighted = instance.weighted();
        this.spaces = new ArrayList<>();
        spaces.add(space(0, 0, 0, instance.length(), instance.width(), instance.height(),
                Double.POSITIVE_INFINITY));
        this.remaining = instance.types().stream().mapToInt(CargoType::count).toArray();
        this.payloadLeft = instance.payloadKg();
        this.smallestSide = computeSmallestSide();
        this.marks = supply.start(remaining);
        int orientations = instance.types().stream().mapToInt(type -> type.orientations.length).sum();
        this.orientationSizes = new long[orientations];
        this.orientationTypes = new int[orientations];
        int next = 0;
        for (CargoType type : instance.types()) {
            for (int[] o : type.orientations) {
                orientationSizes[next] = BlockSearch.packed(o[0], o[1], o[2]);
                orientationTypes[next++] = type.index;
            }
        }
    }

    private PartialLoad(PartialLoad other) {
        this.instance = other.instance;
        this.supply = other.supply;
        this.marks = other.marks.copy();
        this.weighted = other.weighted;
        this.spaces = new ArrayList<>(other.spaces);
        this.remaining = other.remaining.clone();
        this.orientationSizes = other.orientationSizes;
        this.orientationTypes = other.orientationTypes;
        this.payloadLeft = other.payloadLeft;
        this.volume = other.volume;
        this.placed = other.placed;
        this.blockCount = other.blockCount;
        this.smallestSide = other.smallestSide;
        this.reach = other.reach;
        this.leftmost = other.leftmost;
        this.rightmost = other.rightmost;
        this.mass = other.mass;
        this.momentX = other.momentX;
        this.momentY = other.momentY;
    }

    PartialLoad copy() {
        return new PartialLoad(this);
    }

    long volume() {
        return volume;
    }

    /**
     * How good the packing is: more volume first; when filling from the back wall, of equal volumes the one
     * reaching less far towards the door, so that a part load stays compact and leaves the door end free.
     */
    long score() {
        long compactness = instance.fromBackWall() ? instance.length() - reach : 0;
        return volume * (instance.length() + 1L) + compactness;
    }

    /**
     * True when the centre of gravity of what is placed lies within the limits, or can be brought within them by
     * moving the whole load: along the length when it is packed from the back wall and the door end is free,
     * across the width when there is room beside it.
     */
    boolean balanced(double maxLengthOffset, double maxWidthOffset, boolean lengthLimitWaived) {
        if (mass <= 0) {
            return true;
        }
        double x = momentX / mass;
        double y = momentY / mass;
        boolean lengthOk = lengthLimitWaived || within(x, instance.length(), maxLengthOffset,
                0, instance.fromBackWall() ? instance.length() - reach : 0);
        return lengthOk && within(y, instance.width(), maxWidthOffset, -leftmost, instance.width() - rightmost);
    }

    /** True when some shift in [lowest, highest] brings the centre within the allowed band around the middle. */
    private static boolean within(double centre, int size, double maxOffset, int lowest, int highest) {
        double low = size / 2.0 - maxOffset * size;
        double high = size / 2.0 + maxOffset * size;
        return centre + highest >= low && centre + lowest <= high;
    }

    PlacedBlock placed() {
        return placed;
    }

    /** How many blocks have been placed; the search counts its work in blocks placed. */
    int blockCount() {
        return blockCount;
    }

    /** True when the block needs more boxes of some type than are left. */
    boolean usedUp(int blockIndex) {
        return marks.usedUp(blockIndex);
    }

    /** There is enough payload left for the block (always, when the payload is unlimited). */
    boolean payloadAllows(Block block) {
        return Double.isInfinite(payloadLeft) || weightOf(block) <= payloadLeft - PAYLOAD_ROUNDING_KG;
    }

    /** Boxes of each type not placed yet. */
    int remaining(int typeIndex) {
        return remaining[typeIndex];
    }

    boolean hasSpaces() {
        return !spaces.isEmpty();
    }

    /**
     * The free cuboid to fill next: the one whose nearest corner is closest to a container corner,
     * compared as sorted distance triples, larger volume first on ties (Fanslau and Bortfeldt's rule). When
     * filling from the back wall only, the door end does not count as a corner.
     */
    Space nextSpace() {
        Space best = null;
        for (Space space : spaces) {
            if (best == null || space.anchor < best.anchor
                    || (space.anchor == best.anchor && space.volume() > best.volume())) {
                best = space;
            }
        }
        return best;
    }

    void dropSpace(Space space) {
        spaces.remove(space);
    }

    /**
     * True when some box still left fits the cuboid in one of its orientations. Every block is made of such boxes,
     * so when none fits no block does, and the search can drop the cuboid without scanning the whole block list.
     */
    boolean someBoxFits(Space space) {
        long room = BlockSearch.packed(space.dx(), space.dy(), space.dz());
        for (int i = 0; i < orientationSizes.length; i++) {
            if (remaining[orientationTypes[i]] > 0 && BlockSearch.fitsWithin(room, orientationSizes[i])) {
                return true;
            }
        }
        return false;
    }

    boolean fits(Block block, Space space) {
        return fitsShape(block, space) && stillPossible(block);
    }

    /** The block fits the cuboid's size and the weight it may carry. */
    static boolean fitsShape(Block block, Space space) {
        return block.dx <= space.dx() && block.dy <= space.dy() && block.dz <= space.dz()
                && block.heaviestItemKg <= space.weightLimit();
    }

    /**
     * Enough boxes and payload are left for the block. Once false it stays false for every packing grown from this
     * one: boxes only get used up, and the boxes left of a type are its heavier ones.
     */
    boolean stillPossible(Block block) {
        return block.availableIn(remaining) && weightOf(block) <= payloadLeft - PAYLOAD_ROUNDING_KG;
    }

    /** Keeps sums of differences of prefix sums from rounding a load a hair over the payload. */
    private static final double PAYLOAD_ROUNDING_KG = 1e-6;

    /** What the block weighs here: each type's items are taken lightest first, so it depends on what is used. */
    double weightOf(Block block) {
        double kg = 0;
        for (int i = 0; i < block.typeIndexes.length; i++) {
            CargoType type = instance.types().get(block.typeIndexes[i]);
            kg += type.weightOfNext(type.count() - remaining[type.index], block.typeCounts[i]);
        }
        return kg;
    }

    /** Where the block stands in the space: the space's corner nearest to a container corner. */
    int[] position(Block block, Space space) {
        return position(block.dx, block.dy, space);
    }

    /** Where a block of this length and width stands in the space. */
    int[] position(int dx, int dy, Space space) {
        int x = instance.fromBackWall() || space.x1() <= instance.length() - space.x2()
                ? space.x1() : space.x2() - dx;
        int y = space.y1() <= instance.width() - space.y2() ? space.y1() : space.y2() - dy;
        return new int[] {x, y, space.z1()};
    }

    /**
     * Area of the cuboid's faces that touch the container's walls, floor and ceiling or a placed block's faces;
     * a gap of at most {@code tolerance} times the cuboid's size along that axis still counts as touching.
     */
    double contactArea(int x, int y, int z, int dx, int dy, int dz, double tolerance) {
        double gapX = tolerance * dx;
        double gapY = tolerance * dy;
        double gapZ = tolerance * dz;
        int x2 = x + dx;
        int y2 = y + dy;
        int z2 = z + dz;
        double area = 0;
        long faceX = (long) dy * dz;
        long faceY = (long) dx * dz;
        long faceZ = (long) dx * dy;
        area += (x <= gapX ? faceX : 0) + (instance.length() - x2 <= gapX ? faceX : 0);
        area += (y <= gapY ? faceY : 0) + (instance.width() - y2 <= gapY ? faceY : 0);
        area += (z <= gapZ ? faceZ : 0) + (instance.height() - z2 <= gapZ ? faceZ : 0);
        for (PlacedBlock p = placed; p != null; p = p.previous()) {
            Block b = p.block();
            int px2 = p.x() + b.dx;
            int py2 = p.y() + b.dy;
            int pz2 = p.z() + b.dz;
            int overlapX = Math.min(x2, px2) - Math.max(x, p.x());
            int overlapY = Math.min(y2, py2) - Math.max(y, p.y());
            int overlapZ = Math.min(z2, pz2) - Math.max(z, p.z());
            if (overlapY > 0 && overlapZ > 0 && (Math.abs(x - px2) <= gapX || Math.abs(p.x() - x2) <= gapX)) {
                area += (double) overlapY * overlapZ;
            } else if (overlapX > 0 && overlapZ > 0
                    && (Math.abs(y - py2) <= gapY || Math.abs(p.y() - y2) <= gapY)) {
                area += (double) overlapX * overlapZ;
            } else if (overlapX > 0 && overlapY > 0
                    && (Math.abs(z - pz2) <= gapZ || Math.abs(p.z() - z2) <= gapZ)) {
                area += (double) overlapX * overlapY;
            }
        }
        return area;
    }

    /** Puts the block into the space's corner nearest to a container corner. */
    void place(Block block, Space space) {
        int[] at = position(block, space);
        int x = at[0];
        int y = at[1];
        int z = at[2];
        blockCount++;
        double kg = weightOf(block);
        double blockMass = weighted ? kg : block.volume;
        mass += blockMass;
        momentX += blockMass * (x + block.dx / 2.0);
        momentY += blockMass * (y + block.dy / 2.0);
        leftmost = Math.min(leftmost, y);
        rightmost = Math.max(rightmost, y + block.dy);
        payloadLeft -= kg;
        boolean typeUsedUp = false;
        for (int i = 0; i < block.typeIndexes.length; i++) {
            int type = block.typeIndexes[i];
            remaining[type] -= block.typeCounts[i];
            typeUsedUp |= remaining[type] == 0;
            supply.update(marks, type, remaining[type]);
        }
        volume += block.volume;
        placed = new PlacedBlock(block, x, y, z, placed);
        reach = Math.max(reach, x + block.dx);
        if (typeUsedUp) {
            smallestSide = computeSmallestSide();
        }
        cutSpaces(block, x, y, z);
    }

    /**
     * Marks a cuboid as taken by an item that was loaded before planning started. Call in loading order
     * (every item after those it rests on), so that the space above an item is cut by what stands on it.
     */
    void occupy(int x, int y, int z, int dx, int dy, int dz, boolean stackable, double topWeightLimit,
                double weightKg) {
        payloadLeft -= weightKg;
        double itemMass = weighted ? weightKg : (double) dx * dy * dz;
        mass += itemMass;
        momentX += itemMass * (x + dx / 2.0);
        momentY += itemMass * (y + dy / 2.0);
        reach = Math.max(reach, x + dx);
        leftmost = Math.min(leftmost, y);
        rightmost = Math.max(rightmost, y + dy);
        cutSpaces(x, y, z, x + dx, y + dy, z + dz, stackable ? dx : 0, stackable ? dy : 0, topWeightLimit);
    }

    private void cutSpaces(Block block, int x, int y, int z) {
        cutSpaces(x, y, z, x + block.dx, y + block.dy, z + block.dz, block.topDx, block.topDy,
                block.topWeightLimit);
    }

    private void cutSpaces(int x, int y, int z, int bx2, int by2, int bz2, int topDx, int topDy,
                           double topWeightLimit) {
        List<Space> kept = new ArrayList<>(spaces.size() + 8);
        List<Space> pieces = new ArrayList<>();
        for (Space s : spaces) {
            if (x >= s.x2() || bx2 <= s.x1() || y >= s.y2() || by2 <= s.y1() || z >= s.z2() || bz2 <= s.z1()) {
                kept.add(s);
                continue;
            }
            double limit = s.weightLimit();
            addIfUseful(pieces, s.x1(), s.y1(), s.z1(), x, s.y2(), s.z2(), limit);
            addIfUseful(pieces, bx2, s.y1(), s.z1(), s.x2(), s.y2(), s.z2(), limit);
            addIfUseful(pieces, s.x1(), s.y1(), s.z1(), s.x2(), y, s.z2(), limit);
            addIfUseful(pieces, s.x1(), by2, s.z1(), s.x2(), s.y2(), s.z2(), limit);
            addIfUseful(pieces, s.x1(), s.y1(), s.z1(), s.x2(), s.y2(), z, limit);
            addIfUseful(pieces, spaceAbove(s, x, y, bz2, topDx, topDy, topWeightLimit));
        }
        int unaffected = kept.size();
        for (int i = 0; i < pieces.size(); i++) {
            if (!containedInAnother(i, pieces, kept, unaffected)) {
                kept.add(pieces.get(i));
            }
        }
        if (instance.fullSupport()) {
            joinRaisedFloors(kept, unaffected);
        }
        spaces = kept;
    }

    /** The part of a free cuboid above the block; with full support only above the block's top area. */
    private Space spaceAbove(Space s, int x, int y, int top, int topDx, int topDy, double topWeightLimit) {
        if (top >= s.z2()) {
            return null;
        }
        if (!instance.fullSupport()) {
            return space(s.x1(), s.y1(), top, s.x2(), s.y2(), s.z2(), s.weightLimit());
        }
        if (topDx == 0 || topDy == 0) {
            return null;
        }
        int x1 = Math.max(s.x1(), x);
        int y1 = Math.max(s.y1(), y);
        int x2 = Math.min(s.x2(), x + topDx);
        int y2 = Math.min(s.y2(), y + topDy);
        if (x1 >= x2 || y1 >= y2) {
            return null;
        }
        return space(x1, y1, top, x2, y2, s.z2(), Math.min(s.weightLimit(), topWeightLimit));
    }

    /** Adds the cuboid when a box could fit it; most pieces are too thin, so they are never made. */
    private void addIfUseful(List<Space> pieces, int x1, int y1, int z1, int x2, int y2, int z2, double limit) {
        if (x2 - x1 >= smallestSide && y2 - y1 >= smallestSide && z2 - z1 >= smallestSide) {
            pieces.add(space(x1, y1, z1, x2, y2, z2, limit));
        }
    }

    private void addIfUseful(List<Space> pieces, Space piece) {
        if (piece != null && piece.dx() >= smallestSide && piece.dy() >= smallestSide
                && piece.dz() >= smallestSide) {
            pieces.add(piece);
        }
    }

    /**
     * With full support a free cuboid above a block only covers that block's top. Where two such cuboids have
     * floors at the same height and touch or overlap, their floors together carry a wider cuboid: add it,
     * so that a block can stand across two blocks of equal height. New cuboids are joined with all others,
     * and joins are joined again, up to a fixed number to bound the work.
     */
    private void joinRaisedFloors(List<Space> spaces, int firstNew) {
        int joinsLeft = MAX_JOINS_PER_PLACEMENT;
        for (int i = firstNew; i < spaces.size() && joinsLeft > 0; i++) {
            Space a = spaces.get(i);
            if (a.z1() == 0) {
                continue;
            }
            for (int j = 0; j < spaces.size() && joinsLeft > 0; j++) {
                Space b = spaces.get(j);
                if (j == i || b.z1() != a.z1()) {
                    continue;
                }
                Space joined = joinAlongX(a, b);
                if (joined == null) {
                    joined = joinAlongY(a, b);
                }
                if (joined != null && isNewAndUseful(joined, spaces)) {
                    spaces.add(joined);
                    joinsLeft--;
                }
            }
        }
    }

    private static final int MAX_JOINS_PER_PLACEMENT = 24;

    /** The cuboid spanning both along x over their common y range, or null when they do not touch. */
    private Space joinAlongX(Space a, Space b) {
        if (a.x1() > b.x2() || b.x1() > a.x2()) {
            return null;
        }
        int y1 = Math.max(a.y1(), b.y1());
        int y2 = Math.min(a.y2(), b.y2());
        int x1 = Math.min(a.x1(), b.x1());
        int x2 = Math.max(a.x2(), b.x2());
        if (y1 >= y2 || (x1 == a.x1() && x2 == a.x2()) || (x1 == b.x1() && x2 == b.x2())) {
            return null;
        }
        return space(x1, y1, a.z1(), x2, y2, Math.min(a.z2(), b.z2()), Math.min(a.weightLimit(), b.weightLimit()));
    }

    /** The cuboid spanning both along y over their common x range, or null when they do not touch. */
    private Space joinAlongY(Space a, Space b) {
        if (a.y1() > b.y2() || b.y1() > a.y2()) {
            return null;
        }
        int x1 = Math.max(a.x1(), b.x1());
        int x2 = Math.min(a.x2(), b.x2());
        int y1 = Math.min(a.y1(), b.y1());
        int y2 = Math.max(a.y2(), b.y2());
        if (x1 >= x2 || (y1 == a.y1() && y2 == a.y2()) || (y1 == b.y1() && y2 == b.y2())) {
            return null;
        }
        return space(x1, y1, a.z1(), x2, y2, Math.min(a.z2(), b.z2()), Math.min(a.weightLimit(), b.weightLimit()));
    }

    private boolean isNewAndUseful(Space joined, List<Space> spaces) {
        if (joined.dx() < smallestSide || joined.dy() < smallestSide || joined.dz() < smallestSide) {
            return false;
        }
        for (Space other : spaces) {
            if (joined.within(other)) {
                return false;
            }
        }
        return true;
    }

    /** True when piece i lies inside an unaffected space or another piece; of equal pieces the first stays. */
    private static boolean containedInAnother(int i, List<Space> pieces, List<Space> kept, int unaffected) {
        Space piece = pieces.get(i);
        for (int k = 0; k < unaffected; k++) {
            if (piece.within(kept.get(k))) {
                return true;
            }
        }
        for (int j = 0; j < pieces.size(); j++) {
            Space other = pieces.get(j);
            if (j != i && piece.within(other) && (j < i || !other.within(piece))) {
                return true;
            }
        }
        return false;
    }

    private int computeSmallestSide() {
        int smallest = Integer.MAX_VALUE;
        for (CargoType type : instance.types()) {
            if (remaining[type.index] > 0) {
                for (int[] orientation : type.orientations) {
                    smallest = Math.min(smallest, Math.min(orientation[0], Math.min(orientation[1], orientation[2])));
                }
            }
        }
        return smallest;
    }
}
