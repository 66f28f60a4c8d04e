package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;

/**
 * Block-building beam search with greedy look-ahead, after Araya's BSG and Fanslau and Bortfeldt (2010): the
 * packing grows one block at a time; at each step the best few blocks for the chosen free cuboid (ranked by
 * {@link BlockRanking}) are each tried, the rest of the packing is completed greedily with the best-ranked
 * block, and the candidates whose completions load the most volume form the next beam. The width grows from run
 * to run while time and work are left; every completion is a full solution and the best is kept.
 *
 * <p>Candidates are evaluated in parallel but compared in a fixed order, and work is counted per batch, so a run
 * bounded by width or work rather than time gives the same plan on any machine and with any thread count. The
 * search stops as soon as a completion loads everything it possibly can.
 */
final class BlockSearch {
    private final Instance instance;
    private final List<Block> blocks;
    /** Each block's size as three packed fields, see {@link #packed}. */
    private final long[] blockSize;
    private final double[] blockKg;
    private final long[] blockVolume;
    private final int[] blockBoxes;
    private final boolean payloadMatters;
    private final BlockRanking ranking;
    private final LongSupplier clock;
    private final long startNanos;
    private final long deadlineNanos;
    private final int maxWidth;
    private final long workBudget;
    private final PlanningProgress progress;
    private final ExecutorService executor;
    private final BalanceRule balance;

    private final PartialLoad start;
    private final long bestPossibleVolume;
    private PartialLoad best;
    private PartialLoad bestBalanced;
    private long workDone;

    /**
     * The forwarder's limits for the centre of gravity, as shares of the length and width from the middle; null
     * when the load has no weights (benchmarks), where only volume counts.
     */
    record BalanceRule(double maxLengthOffset, double maxWidthOffset, boolean lengthLimitWaived) {
        boolean holdsFor(PartialLoad load) {
            return load.balanced(maxLengthOffset, maxWidthOffset, lengthLimitWaived);
        }
    }

    /**
     * A balanced plan is preferred while it loads at least this share of the best plan's volume: leaving a few
     * packages for the next container is better than a load the forwarder refuses.
     */
    private static final double BALANCED_SHARE_OF_BEST = 0.99;

    BlockSearch(Instance instance, List<Block> blocks, BlockRanking ranking, List<Placement> alreadyLoaded,
                LongSupplier clock, long startNanos, long deadlineNanos, int maxWidth, long workBudget,
                PlanningProgress progress, ExecutorService executor, BalanceRule balance) {
        this.instance = instance;
        this.start = new PartialLoad(instance, new BlockSupply(blocks, instance.types().size()));
        for (Placement p : alreadyLoaded) {
            Cargo item = p.item();
            start.occupy(p.x(), p.y(), p.z(), p.dx(), p.dy(), p.dz(), !item.doNotStack(),
                    item.fragile() ? item.weightKg() : Double.POSITIVE_INFINITY, item.weightKg());
        }
        if (Math.max(instance.length(), Math.max(instance.width(), instance.height())) >= 1 << 20) {
            throw new IllegalArgumentException("A container side of 10 km or more cannot be planned");
        }
        this.blocks = blocks;
        int n = blocks.size();
        blockSize = new long[n];
        blockKg = new double[n];
        blockVolume = new long[n];
        blockBoxes = new int[n];
        payloadMatters = !Double.isInfinite(instance.payloadKg());
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            blockSize[i] = packed(block.dx, block.dy, block.dz);
            blockKg[i] = block.heaviestItemKg;
            blockVolume[i] = block.volume;
            blockBoxes[i] = block.boxCount();
        }
        this.ranking = ranking;
        this.clock = clock;
        this.startNanos = startNanos;
        this.deadlineNanos = deadlineNanos;
        this.maxWidth = maxWidth;
        this.workBudget = workBudget;
        this.progress = progress;
        this.executor = executor;
        this.balance = balance;
        this.bestPossibleVolume = bestPossibleVolume(instance, alreadyLoaded);
    }

    /**
     * No plan can load more than all the boxes, nor more than the free room, nor more than the largest cuboid whose
     * sides the boxes can add up to (every packing can be pushed into such a corner cuboid).
     */
    private static long bestPossibleVolume(Instance instance, List<Placement> alreadyLoaded) {
        long boxes = 0;
        for (CargoType type : instance.types()) {
            boxes += type.volume * type.count();
        }
        long taken = alreadyLoaded.stream().mapToLong(Placement::volumeCm3).sum();
        long room = (long) instance.length() * instance.width() * instance.height() - taken;
        return Math.min(boxes, room);
    }

    PartialLoad run() throws InterruptedException {
        PartialLoad first = complete(start.copy());
        workDone += first.blockCount();
        best = first;
        keepIfBest(first);
        // A run costs about width squared completions; growing the width by sqrt(2) doubles the cost per run,
        // so a run cut off by the deadline wastes at most about half the time.
        for (int width = 2; width <= maxWidth && !shouldStop(); width = Math.max(width + 1, (int) Math.round(width * Math.sqrt(2)))) {
            beamSearch(width);
        }
        return best;
    }

    /**
     * The best plan found whose centre of gravity keeps the limits, when it loads nearly as much as the best plan;
     * otherwise null.
     */
    PartialLoad bestBalancedNearlyAsGood() {
        return bestBalanced != null && bestBalanced.volume() >= BALANCED_SHARE_OF_BEST * best.volume()
                ? bestBalanced : null;
    }

    /** True when no plan can beat the one that would be chosen now. */
    private boolean bestPossibleFound() {
        PartialLoad answer = balance == null ? best : bestBalanced;
        return answer != null && answer.volume() >= bestPossibleVolume;
    }

    /** The most volume any plan could load: all the boxes, or all the free room. */
    long bestPossibleVolume() {
        return bestPossibleVolume;
    }

    /** Work done so far, in blocks placed by the search. */
    long workDone() {
        return workDone;
    }

    private boolean shouldStop() {
        long now = clock.getAsLong();
        double total = Math.max(1, deadlineNanos - startNanos);
        double share = Math.max((now - startNanos) / total, (double) workDone / workBudget);
        progress.progress(Math.min(1.0, share));
        return now >= deadlineNanos || workDone >= workBudget || bestPossibleFound()
                || progress.cancelled() || Thread.currentThread().isInterrupted();
    }

    /**
     * A partial packing extended by one block, made into a state only when it is evaluated or kept; {@code parentIndex}
     * is the parent's place in the beam.
     */
    private record Child(PartialLoad parent, int parentIndex, PartialLoad.Space space, Block block) {
        PartialLoad materialise() {
            PartialLoad child = parent.copy();
            child.place(block, space);
            return child;
        }
    }

    /**
     * One beam-search run: keeps the {@code width} most promising partial packings; each is extended by up to
     * {@code width} blocks for its next free cuboid, every extension is completed greedily, and the extensions
     * with the best completions form the next beam (see {@link #nextBeam}).
     */
    private void beamSearch(int width) throws InterruptedException {
        List<PartialLoad> beam = List.of(start.copy());
        boolean oneChildPerVolume = instance.types().size() > FEW_BOX_TYPES;
        while (!beam.isEmpty() && !shouldStop()) {
            List<Child> children = new ArrayList<>();
            for (int parent = 0; parent < beam.size(); parent++) {
                extend(beam.get(parent), parent, width, children);
            }
            long[] completedScores = completeEach(children);
            int[] parents = new int[children.size()];
            for (int i = 0; i < parents.length; i++) {
                parents[i] = children.get(i).parentIndex();
            }
            List<PartialLoad> next = new ArrayList<>(width);
            for (int chosen : nextBeam(completedScores, parents, width, oneChildPerVolume)) {
                next.add(children.get(chosen).materialise());
            }
            beam = next;
        }
    }

    /**
     * Up to this many box types the beam may hold several children of one parent whose completions load the same
     * volume: with so few types the completed volume takes few values, and equal volumes say little about whether
     * two packings are alike (BR1, 3 types, lost 0.2-0.3 points with one child per volume; docs/PLANNER.md, round 5).
     */
    static final int FEW_BOX_TYPES = 3;

    /**
     * The children that form the next beam, as indexes: the best completed scores first (ties in the order given),
     * at most {@code width}. With {@code oneChildPerVolume}, of the children of one parent whose completions score
     * the same only the first is taken while other children are left; the rest fill the beam only when too few
     * remain. Such siblings tend to follow one packing several times over; taking one each leaves room for other
     * packings, which gained 0.1-0.4 points on BR2-BR7 and the many-type sets at equal work (docs/PLANNER.md,
     * round 5). They are rarely the very same packing: no two completions in one beam were found identical.
     * Children not evaluated (score -1) come last.
     */
    static int[] nextBeam(long[] completedScores, int[] parents, int width, boolean oneChildPerVolume) {
        Integer[] order = new Integer[completedScores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -completedScores[i]));
        int size = Math.min(width, order.length);
        int[] chosen = new int[size];
        int count = 0;
        List<Integer> repeats = new ArrayList<>();
        Set<List<Long>> seen = new HashSet<>();
        for (int i = 0; i < order.length && count < size; i++) {
            int child = order[i];
            if (oneChildPerVolume && completedScores[child] >= 0
                    && !seen.add(List.of(completedScores[child], (long) parents[child]))) {
                repeats.add(child);
            } else {
                chosen[count++] = child;
            }
        }
        for (int i = 0; i < repeats.size() && count < size; i++) {
            chosen[count++] = repeats.get(i);
        }
        return chosen;
    }

    /**
     * With more than {@link #FEW_BOX_TYPES} box types a beam packing is extended by the {@code width} best-ranked of
     * this many times {@code width} largest fitting blocks: with the greedy completion's pool of 10, a beam of 10 or
     * more simply took the largest blocks. At equal work it gained 0.05 points on BR2-BR6 problems 11-20 at 1,000,000
     * blocks and 0.03 at 3,000,000; BR1 (3 types) gained nothing and one BR1 plan at width 8 lost 1 point, hence the
     * bound (docs/PLANNER.md, round 6).
     */
    static final int EXTENSION_POOL = 2;

    /** The blocks a beam packing is extended by in the free cuboid: up to {@code width}, best-ranked first. */
    List<Block> extensions(PartialLoad state, PartialLoad.Space space, int width) {
        int pool = instance.types().size() > FEW_BOX_TYPES ? EXTENSION_POOL * width : width;
        return candidates(state, space, width, pool, null);
    }

    /** Adds the state extended by each of up to {@code width} blocks that fit its next free cuboid. */
    private void extend(PartialLoad state, int parentIndex, int width, List<Child> children) {
        while (true) {
            PartialLoad.Space space = state.nextSpace();
            if (space == null) {
                return;
            }
            List<Block> candidates = extensions(state, space, width);
            if (candidates.isEmpty()) {
                state.dropSpace(space);
                continue;
            }
            for (Block candidate : candidates) {
                children.add(new Child(state, parentIndex, space, candidate));
            }
            return;
        }
    }

    /**
     * Completes every child greedily and returns the completions' scores, keeping the best completion seen.
     * Works in batches so that only one batch of completed packings is held in memory at a time.
     * Children not reached before the deadline, the end of the work budget or the best possible plan get -1.
     */
    private long[] completeEach(List<Child> children) throws InterruptedException {
        long[] scores = new long[children.size()];
        for (int from = 0; from < children.size(); from += BATCH_SIZE) {
            int to = Math.min(children.size(), from + BATCH_SIZE);
            if (clock.getAsLong() >= deadlineNanos || workDone >= workBudget || bestPossibleFound()
                    || progress.cancelled()) {
                Arrays.fill(scores, from, scores.length, -1);
                break;
            }
            List<Callable<PartialLoad>> tasks = new ArrayList<>(to - from);
            for (Child child : children.subList(from, to)) {
                tasks.add(() -> complete(child.materialise()));
            }
            List<PartialLoad> completions = run(tasks);
            for (int i = 0; i < completions.size(); i++) {
                PartialLoad completion = completions.get(i);
                workDone += completion.blockCount() - children.get(from + i).parent().blockCount();
                keepIfBest(completion);
                scores[from + i] = completion.score();
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
        if (balance != null && balance.holdsFor(candidate)
                && (bestBalanced == null || candidate.score() > bestBalanced.score())) {
            bestBalanced = candidate;
        }
    }

    /** Fills the state greedily, always with the best-ranked block that fits the next free cuboid. */
    private PartialLoad complete(PartialLoad state) {
        Exhausted exhausted = payloadMatters ? new Exhausted(blocks.size()) : null;
        while (true) {
            PartialLoad.Space space = state.nextSpace();
            if (space == null) {
                return state;
            }
            List<Block> fitting = candidates(state, space, 1, 1, exhausted);
            if (fitting.isEmpty()) {
                state.dropSpace(space);
            } else {
                state.place(fitting.get(0), space);
            }
        }
    }

    /**
     * Up to {@code limit} blocks for the free cuboid, best-ranked first: of the fitting blocks, the largest
     * {@code candidatePool} (at least {@code limit} and {@code leastPool}) are ranked; ties keep the larger block.
     */
    private List<Block> candidates(PartialLoad state, PartialLoad.Space space, int limit, int leastPool,
                                   Exhausted exhausted) {
        if (!state.someBoxFits(space)) {
            return List.of();
        }
        SearchTuning tuning = ranking.tuning();
        int pool = tuning.rankedByVolumeOnly() ? limit : Math.max(leastPool, Math.max(limit, tuning.candidatePool()));
        // Indexes, not blocks: this runs for every step of every completion, and reading the blocks' own fields
        // (scattered over the heap) instead of these arrays cost a quarter of the search's time in cache misses.
        int[] found = new int[pool];
        int count = 0;
        // This loop looks at about a thousand blocks per step and is the search's core: one packed size per block,
        // compared in one step (see packed), and the weight only when the cuboid limits it.
        long room = packed(space.dx(), space.dy(), space.dz());
        double limitKg = space.weightLimit();
        boolean weightLimited = limitKg != Double.POSITIVE_INFINITY;
        for (int i = firstNotLargerThan(space.volume()); i < blockSize.length && count < pool; i++) {
            if (!fitsWithin(room, blockSize[i]) || (weightLimited && blockKg[i] > limitKg)
                    || (exhausted != null && exhausted.contains(i))) {
                continue;
            }
            if (state.usedUp(i)) {
                continue;
            }
            if (!payloadMatters || state.payloadAllows(blocks.get(i))) {
                found[count++] = i;
            } else if (exhausted != null) {
                exhausted.add(i);
            }
        }
        if (tuning.rankedByVolumeOnly() || count <= 1) {
            List<Block> fitting = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                fitting.add(blocks.get(found[i]));
            }
            return fitting;
        }
        double[] scores = new double[count];
        double most = ranking.mostUsable(space);
        for (int i = 0; i < count; i++) {
            int b = found[i];
            long size = blockSize[b];
            scores[i] = ranking.score(state, space, most, (int) (size >>> 42), (int) (size >>> 21) & FIELD_MASK,
                    (int) size & FIELD_MASK, blockVolume[b], blockBoxes[b]);
        }
        if (limit == 1) {
            // The greedy completion only wants the best: no sort.
            int best = 0;
            for (int i = 1; i < count; i++) {
                if (scores[i] > scores[best]) {
                    best = i;
                }
            }
            return List.of(blocks.get(found[best]));
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Integer.compare(a, b));
        List<Block> ranked = new ArrayList<>(Math.min(limit, count));
        for (int i = 0; i < Math.min(limit, count); i++) {
            ranked.add(blocks.get(found[order[i]]));
        }
        return ranked;
    }

    /**
     * Blocks a greedy completion can no longer use because too little payload is left, skipped in later steps of the
     * same completion; one bit per block, so starting a completion costs little.
     */
    private static final class Exhausted {
        private final long[] bits;

        Exhausted(int blocks) {
            bits = new long[(blocks + 63) >>> 6];
        }

        boolean contains(int i) {
            return (bits[i >>> 6] & (1L << i)) != 0;
        }

        void add(int i) {
            bits[i >>> 6] |= 1L << i;
        }
    }

    /** A size as three 20-bit fields with a free bit above each, for {@link #fitsWithin}. Sizes are in cm. */
    static long packed(int dx, int dy, int dz) {
        return ((long) dx << 42) | ((long) dy << 21) | dz;
    }

    /**
     * True when every side of the packed size is at most the matching side of the packed room, in one subtraction:
     * with a guard bit set above each field of the room, a field that is too small borrows its guard bit, and no
     * borrow crosses a guard into the next field.
     */
    static boolean fitsWithin(long room, long size) {
        return (((room | FIELD_GUARDS) - size) & FIELD_GUARDS) == FIELD_GUARDS;
    }

    private static final long FIELD_GUARDS = (1L << 62) | (1L << 41) | (1L << 20);
    private static final int FIELD_MASK = (1 << 20) - 1;

    /** Index of the first block whose volume does not exceed the given volume (blocks are sorted descending). */
    private int firstNotLargerThan(long volume) {
        int low = 0;
        int high = blockVolume.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (blockVolume[mid] > volume) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
