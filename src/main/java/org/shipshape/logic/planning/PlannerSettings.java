package org.shipshape.logic.planning;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard and under which rules the planner works.
 *
 * @param timeLimit          wall-clock budget for one plan, including block generation
 * @param workBudget         most search work (blocks placed while looking ahead) one plan may use; a plan bounded
 *                           by this rather than by time is the same on every machine and with any thread count
 * @param maxWidth           largest number of candidate blocks tried per step
 * @param fullSupport        every item must rest entirely on the floor or on item tops at exactly its base height
 * @param threads            candidate evaluations run in parallel on this many threads (1 = caller's thread only)
 * @param maxBlocks          size of the block list the search picks from
 * @param minBlockFill       least share of a combined block's cuboid that its boxes must fill; one point less when
 *                           there are many box types (see {@link #blockFillFor})
 * @param maxCogLengthOffset the centre of gravity may lie at most this share of the length from the middle
 * @param maxCogWidthOffset  the same across the width
 * @param bracedAtBackWall   the forwarder braces a part load against the back wall, so a part load may stay there
 *                           whatever its centre of gravity along the length
 */
public record PlannerSettings(Duration timeLimit, long workBudget, int maxWidth, boolean fullSupport, int threads,
                              int maxBlocks, double minBlockFill, double maxCogLengthOffset,
                              double maxCogWidthOffset, boolean bracedAtBackWall) {
    /** No work budget: only the time limit and the width bound the search. */
    public static final long UNLIMITED_WORK = Long.MAX_VALUE;
    /** The forwarder's usual limits: 10 % of the length and 5 % of the width off the middle. */
    public static final double DEFAULT_COG_LENGTH_OFFSET = 0.10;
    public static final double DEFAULT_COG_WIDTH_OFFSET = 0.05;

    public PlannerSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || workBudget < 1 || maxWidth < 1 || threads < 1 || maxBlocks < 1
                || minBlockFill <= 0 || minBlockFill > 1 || !(maxCogLengthOffset > 0) || maxCogLengthOffset > 0.5
                || !(maxCogWidthOffset > 0) || maxCogWidthOffset > 0.5) {
            throw new IllegalArgumentException("Unusable planner settings: " + timeLimit + ", work " + workBudget
                    + ", width " + maxWidth + ", threads " + threads + ", blocks " + maxBlocks + ", fill "
                    + minBlockFill + ", centre of gravity " + maxCogLengthOffset + " / " + maxCogWidthOffset);
        }
    }

    /** Full support, five seconds, both cores of a small machine, the forwarder's usual centre-of-gravity limits. */
    public static PlannerSettings defaults() {
        return new PlannerSettings(Duration.ofSeconds(5), UNLIMITED_WORK, 1 << 12, true,
                Math.min(2, Runtime.getRuntime().availableProcessors()), 10_000, 0.99, DEFAULT_COG_LENGTH_OFFSET,
                DEFAULT_COG_WIDTH_OFFSET, false);
    }

    /**
     * The least fill of a combined block for a load of this many box types. With many types few boxes fit each other
     * exactly, and a stricter fill leaves too few blocks to choose from: on generated sets of 40-100 types 98 % beat
     * 99 % by 0.3-1.8 points at equal processor time, while at 30 types 99 % was better (docs/PLANNER.md, round 4).
     */
    public double blockFillFor(int boxTypes) {
        return boxTypes > MANY_BOX_TYPES ? Math.max(0.01, minBlockFill - 0.01) : minBlockFill;
    }

    /** Above this many box types, combined blocks may be one point less full. */
    static final int MANY_BOX_TYPES = 30;

    public PlannerSettings withTimeLimit(Duration newTimeLimit) {
        return new PlannerSettings(newTimeLimit, workBudget, maxWidth, fullSupport, threads, maxBlocks,
                minBlockFill, maxCogLengthOffset, maxCogWidthOffset, bracedAtBackWall);
    }

    /** Bounds the search by work instead of time: the plan no longer depends on the machine or its load. */
    public PlannerSettings withWorkBudget(long newWorkBudget) {
        return new PlannerSettings(timeLimit, newWorkBudget, maxWidth, fullSupport, threads, maxBlocks,
                minBlockFill, maxCogLengthOffset, maxCogWidthOffset, bracedAtBackWall);
    }

    public PlannerSettings withFullSupport(boolean newFullSupport) {
        return new PlannerSettings(timeLimit, workBudget, maxWidth, newFullSupport, threads, maxBlocks,
                minBlockFill, maxCogLengthOffset, maxCogWidthOffset, bracedAtBackWall);
    }

    public PlannerSettings withMaxWidth(int newMaxWidth) {
        return new PlannerSettings(timeLimit, workBudget, newMaxWidth, fullSupport, threads, maxBlocks,
                minBlockFill, maxCogLengthOffset, maxCogWidthOffset, bracedAtBackWall);
    }

    public PlannerSettings withThreads(int newThreads) {
        return new PlannerSettings(timeLimit, workBudget, maxWidth, fullSupport, newThreads, maxBlocks,
                minBlockFill, maxCogLengthOffset, maxCogWidthOffset, bracedAtBackWall);
    }

    /** The forwarder's centre-of-gravity limits, as shares of the container's length and width. */
    public PlannerSettings withCentreOfGravityLimits(double lengthOffset, double widthOffset) {
        return new PlannerSettings(timeLimit, workBudget, maxWidth, fullSupport, threads, maxBlocks,
                minBlockFill, lengthOffset, widthOffset, bracedAtBackWall);
    }

    public PlannerSettings withBracedAtBackWall(boolean braced) {
        return new PlannerSettings(timeLimit, workBudget, maxWidth, fullSupport, threads, maxBlocks,
                minBlockFill, maxCogLengthOffset, maxCogWidthOffset, braced);
    }
}
