package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;

/**
 * Block-building search with greedy look-ahead, after Fanslau and Bortfeldt (2010) and Araya's BSG:
 * the packing grows one block at a time; at each step the largest few blocks that fit the chosen free
 * cuboid are each tried, the rest of the packing is completed greedily (largest block first), and the
 * candidate whose completion loads the most volume wins. The number of candidates per step (the width)
 * doubles from run to run while time is left; every completion seen is a full solution, the best is kept.
 *
 * <p>Candidates are evaluated in parallel but compared in a fixed order, so a run bounded by
 * {@code maxWidth} rather than time always gives the same plan.
 */
final class BlockSearch {
    private final Instance instance;
    private final List<Block> blocks;
    private final long startNanos;
    private final long deadlineNanos;
    private final int maxWidth;
    private final PlanningProgress progress;
    private final ExecutorService executor;

    private final PartialLoad start;
    private PartialLoad best;

    BlockSearch(Instance instance, List<Block> blocks, List<Placement> alreadyLoaded, long startNanos,
                long deadlineNanos, int maxWidth, PlanningProgress progress, ExecutorService executor) {
        this.instance = instance;
        this.start = new PartialLoad(instance);
        for (Placement p : alreadyLoaded) {
            Cargo item = p.item();
            start.occupy(p.x(), p.y(), p.z(), p.dx(), p.dy(), p.dz(), !item.doNotStack(),
                    item.fragile() ? item.weightKg() : Double.POSITIVE_INFINITY, item.weightKg());
        }
        this.blocks = blocks;
        this.startNanos = startNanos;
        this.deadlineNanos = deadlineNanos;
        this.maxWidth = maxWidth;
        this.progress = progress;
        this.executor = executor;
    }

    PartialLoad run() throws InterruptedException {
        best = complete(start.copy());
        // A run costs about width squared completions; growing the width by sqrt(2) doubles the cost per run,
        // so a run cut off by the deadline wastes at most about half the time.
        for (int width = 2; width <= maxWidth && !shouldStop(); width = Math.max(width + 1, (int) Math.round(width * Math.sqrt(2)))) {
            beamSearch(width);
        }
        return best;
    }

    private boolean shouldStop() {
        long now = System.nanoTime();
        double total = Math.max(1, deadlineNanos - startNanos);
        progress.progress(Math.min(1.0, (now - startNanos) / total));
        return now >= deadlineNanos || progress.cancelled() || Thread.currentThread().isInterrupted();
    }

    /** A partial packing extended by one block, made into a state only when it is evaluated or kept. */
    private record Child(PartialLoad parent, PartialLoad.Space space, Block block) {
        PartialLoad materialise() {
            PartialLoad child = parent.copy();
            child.place(block, space);
            return child;
        }
    }

    /**
     * One beam-search run: keeps the {@code width} most promising partial packings; each is extended by up to
     * {@code width} blocks for its next free cuboid, every extension is completed greedily, and the extensions
     * with the best completions form the next beam.
     */
    private void beamSearch(int width) throws InterruptedException {
        List<PartialLoad> beam = List.of(start.copy());
        while (!beam.isEmpty() && !shouldStop()) {
            List<Child> children = new ArrayList<>();
            for (PartialLoad state : beam) {
                extend(state, width, children);
            }
            long[] completedScores = completeEach(children);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingLong((Integer i) -> -completedScores[i]));
            List<PartialLoad> next = new ArrayList<>(width);
            for (int i = 0; i < Math.min(width, order.size()); i++) {
                next.add(children.get(order.get(i)).materialise());
            }
            beam = next;
        }
    }

    /** Adds the state extended by each of up to {@code width} blocks that fit its next free cuboid. */
    private void extend(PartialLoad state, int width, List<Child> children) {
        while (true) {
            PartialLoad.Space space = state.nextSpace();
            if (space == null) {
                return;
            }
            List<Block> candidates = candidates(state, space, width);
            if (candidates.isEmpty()) {
                state.dropSpace(space);
                continue;
            }
            for (Block candidate : candidates) {
                children.add(new Child(state, space, candidate));
            }
            return;
        }
    }

    /**
     * Completes every child greedily and returns the completions' scores, keeping the best completion seen.
     * Works in batches so that only one batch of completed packings is held in memory at a time.
     * Children not reached before the deadline get -1.
     */
    private long[] completeEach(List<Child> children) throws InterruptedException {
        long[] scores = new long[children.size()];
        for (int from = 0; from < children.size(); from += BATCH_SIZE) {
            int to = Math.min(children.size(), from + BATCH_SIZE);
            if (System.nanoTime() >= deadlineNanos || progress.cancelled()) {
                Arrays.fill(scores, from, scores.length, -1);
                break;
            }
            List<Callable<PartialLoad>> tasks = new ArrayList<>(to - from);
            for (Child child : children.subList(from, to)) {
                tasks.add(() -> complete(child.materialise()));
            }
            List<PartialLoad> completions = run(tasks);
            for (int i = 0; i < completions.size(); i++) {
                keepIfBest(completions.get(i));
                scores[from + i] = completions.get(i).score();
            }
        }
        return scores;
    }

    private static final int BATCH_SIZE = 64;

    private List<PartialLoad> run(List<Callable<PartialLoad>> tasks) throws InterruptedException {
        List<PartialLoad> results = new ArrayList<>(tasks.size());
        if (executor == null) {
            for (Callable<PartialLoad> task : tasks) {
                results.add(callDirectly(task));
            }
            return results;
        }
        for (Future<PartialLoad> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("Planning a candidate block failed", e.getCause());
            }
        }
        return results;
    }

    private static PartialLoad callDirectly(Callable<PartialLoad> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Planning a candidate block failed", e);
        }
    }

    private void keepIfBest(PartialLoad candidate) {
        if (candidate.score() > best.score()) {
            best = candidate;
        }
    }

    /** Fills the state greedily, always with the largest block that fits the next free cuboid. */
    private PartialLoad complete(PartialLoad state) {
        while (true) {
            PartialLoad.Space space = state.nextSpace();
            if (space == null) {
                return state;
            }
            List<Block> fitting = candidates(state, space, 1);
            if (fitting.isEmpty()) {
                state.dropSpace(space);
            } else {
                state.place(fitting.get(0), space);
            }
        }
    }

    /** Up to {@code limit} blocks that fit the free cuboid, largest volume first. */
    private List<Block> candidates(PartialLoad state, PartialLoad.Space space, int limit) {
        List<Block> found = new ArrayList<>(limit);
        for (int i = firstNotLargerThan(space.volume()); i < blocks.size() && found.size() < limit; i++) {
            Block block = blocks.get(i);
            if (state.fits(block, space)) {
                found.add(block);
            }
        }
        return found;
    }

    /** Index of the first block whose volume does not exceed the given volume (blocks are sorted descending). */
    private int firstNotLargerThan(long volume) {
        int low = 0;
        int high = blocks.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (blocks.get(mid).volume > volume) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
