package org.shipshape.logic.planning;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard and under which rules the planner works.
 *
 * @param timeLimit          wall-clock budget for one plan, including block generation
 * @param maxWidth           largest number of candidate blocks tried per step; bounds the run when time is ample,
 *                           which makes the result independent of machine speed
 * @param fullSupport        every item must rest entirely on the floor or on item tops at exactly its base height
 * @param threads            candidate evaluations run in parallel on this many threads (1 = caller's thread only)
 * @param maxBlocks          size of the block list the search picks from
 * @param minBlockFill       least share of a combined block's cuboid that its boxes must fill
 * @param maxCogLengthOffset warn when the centre of gravity is further than this share of the length from the middle
 * @param maxCogWidthOffset  the same across the width
 */
public record PlannerSettings(Duration timeLimit, int maxWidth, boolean fullSupport, int threads, int maxBlocks,
                              double minBlockFill, double maxCogLengthOffset, double maxCogWidthOffset) {
    public PlannerSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || maxWidth < 1 || threads < 1 || maxBlocks < 1 || minBlockFill <= 0
                || minBlockFill > 1) {
            throw new IllegalArgumentException("Unusable planner settings: " + timeLimit + ", width " + maxWidth
                    + ", threads " + threads + ", blocks " + maxBlocks + ", fill " + minBlockFill);
        }
    }

    /** Full support, five seconds, both cores of a small machine; a load more than 10 % / 5 % off-centre warns. */
    public static PlannerSettings defaults() {
        return new PlannerSettings(Duration.ofSeconds(5), 1 << 12, true,
                Math.min(2, Runtime.getRuntime().availableProcessors()), 10_000, 0.98, 0.10, 0.05);
    }

    public PlannerSettings withTimeLimit(Duration newTimeLimit) {
        return new PlannerSettings(newTimeLimit, maxWidth, fullSupport, threads, maxBlocks, minBlockFill,
                maxCogLengthOffset, maxCogWidthOffset);
    }

    public PlannerSettings withFullSupport(boolean newFullSupport) {
        return new PlannerSettings(timeLimit, maxWidth, newFullSupport, threads, maxBlocks, minBlockFill,
                maxCogLengthOffset, maxCogWidthOffset);
    }

    public PlannerSettings withMaxWidth(int newMaxWidth) {
        return new PlannerSettings(timeLimit, newMaxWidth, fullSupport, threads, maxBlocks, minBlockFill,
                maxCogLengthOffset, maxCogWidthOffset);
    }

    public PlannerSettings withThreads(int newThreads) {
        return new PlannerSettings(timeLimit, maxWidth, fullSupport, newThreads, maxBlocks, minBlockFill,
                maxCogLengthOffset, maxCogWidthOffset);
    }
}
