package org.shipshape.logic.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import org.shipshape.model.common.Message;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.UnplacedCargo;
import org.shipshape.model.planning.UnplacedReason;

/**
 * Plans how to load items into one container so that as much volume as possible goes in, honouring
 * orientations, full support, handling marks, the door and the payload. See {@link BlockSearch} for the method.
 */
public final class LoadPlanner {
    private static final double SEARCH_SHARE_OF_TIME_LIMIT = 0.96;

    private final PlannerSettings settings;
    private final SearchTuning tuning;
    private final LongSupplier clock;
    private volatile long lastSearchWork;

    public LoadPlanner(PlannerSettings settings) {
        this(settings, SearchTuning.standard(), System::nanoTime);
    }

    /** @param clock nanoseconds for the time limit; a tuning run may pass the thread's processor time */
    LoadPlanner(PlannerSettings settings, SearchTuning tuning, LongSupplier clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LoadPlan plan(ContainerSpace container, List<Cargo> items, PlanningProgress progress) {
        return plan(container, List.of(), List.of(), items, progress);
    }

    /**
     * Plans the items into what is left of the container after {@code alreadyLoaded}, which stay where they are
     * and must be given in loading order. The returned plan holds the already loaded items first.
     */
    public LoadPlan plan(ContainerSpace container, List<Placement> alreadyLoaded, List<Cargo> items,
                         PlanningProgress progress) {
        return plan(container, alreadyLoaded, List.of(), items, progress);
    }

    /**
     * Plans travel-together groups first, each wholly or not at all, then the other items around them.
     *
     * @param travelGroups packages that must travel in the same container; a group that does not fit whole is left
     *                     out whole
     */
    public LoadPlan plan(ContainerSpace container, List<Placement> alreadyLoaded, List<List<Cargo>> travelGroups,
                         List<Cargo> items, PlanningProgress progress) {
        long start = clock.getAsLong();
        // The search stops a little early: finishing the last beam level and ordering the plan take time too.
        long deadline = start + (long) (settings.timeLimit().toNanos() * SEARCH_SHARE_OF_TIME_LIMIT);
        ExecutorService executor = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread thread = new Thread(r, "load-planner");
            thread.setDaemon(true);
            return thread;
        }) : null;
        try {
            return plan(container, alreadyLoaded, travelGroups, items, new SearchRun(start, deadline, progress,
                    executor));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanningInterruptedException("Load planning was interrupted", e);
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    /** One call of the planner: its clock readings, its listener and its worker threads (null: the caller's). */
    private record SearchRun(long start, long deadline, PlanningProgress progress, ExecutorService executor) {
    }

    private LoadPlan plan(ContainerSpace container, List<Placement> alreadyLoaded, List<List<Cargo>> travelGroups,
                          List<Cargo> items, SearchRun run) throws InterruptedException {
        PlanningProgress progress = run.progress();
        List<UnplacedCargo> unplaced = new ArrayList<>();
        List<Placement> fixed = new ArrayList<>(alreadyLoaded);
        List<CargoType> allTypes = new ArrayList<>();
        boolean partLoad = isPartLoad(container, alreadyLoaded, travelGroups, items);
        boolean lengthLimitWaived = partLoad && settings.bracedAtBackWall();
        if (!travelGroups.isEmpty()) {
            fixed.addAll(planWholeGroups(container, alreadyLoaded, travelGroups, run, allTypes, unplaced));
        }
        Stage stage = stage(container, fixed, items, unplaced);
        allTypes.addAll(stage.types());
        List<Placement> groupsPlaced = fixed.subList(alreadyLoaded.size(), fixed.size());
        Finished plan = null;
        long work = 0;
        if (stage.instance().fromBackWall()) {
            // A part load usually fits whole with the simplest blocks and one greedy fill; when it does and the
            // load balances, no search can do better, and the answer comes at once.
            BlockSearch quick = search(stage.instance(), fixed, run, lengthLimitWaived, 0, 1);
            PartialLoad packed = quick.run();
            work = quick.workDone();
            if (packed.volume() >= quick.bestPossibleVolume()) {
                Finished finished = finish(container, alreadyLoaded, groupsPlaced, packed, allTypes, partLoad);
                plan = finished.balanced(settings, lengthLimitWaived) ? finished : null;
            }
        }
        if (plan == null) {
            BlockSearch search = search(stage.instance(), fixed, run, lengthLimitWaived, GENERAL_BLOCK_ROUNDS,
                    settings.maxWidth());
            plan = finish(container, alreadyLoaded, groupsPlaced, search.run(), allTypes, partLoad);
            PartialLoad balanced = search.bestBalancedNearlyAsGood();
            if (!plan.balanced(settings, lengthLimitWaived) && balanced != null) {
                plan = finish(container, alreadyLoaded, groupsPlaced, balanced, allTypes, partLoad);
            }
            work += search.workDone();
        }
        lastSearchWork = work;
        List<Placement> placements = new ArrayList<>(alreadyLoaded);
        placements.addAll(loadingOrder(plan.placements()));
        double loadedKg = placements.stream().mapToDouble(p -> p.item().weightKg()).sum();
        addLeftOvers(allTypes, placements, container, loadedKg, unplaced);
        progress.progress(1.0);
        return PlanSummary.summarise(container, placements, unplaced, settings, plan.backGapCm(), lengthLimitWaived);
    }

    /** Placements with the weight put where it belongs, and how far the load was moved from the back wall. */
    private record Finished(List<Placement> placements, int backGapCm, ContainerSpace container) {
        boolean balanced(PlannerSettings settings, boolean lengthLimitWaived) {
            var cog = PlanSummary.centreOfGravity(container, placements);
            boolean weighed = placements.stream().anyMatch(p -> p.item().weightKg() > 0);
            return !weighed || ((lengthLimitWaived || PlanSummary.withinLengthLimit(cog, settings))
                    && PlanSummary.withinWidthLimit(cog, settings));
        }
    }

    /**
     * Turns a packing into placements with the weight where it belongs: heaviest of a type lowest and central,
     * slices rearranged towards the middle, and a part load moved as a whole when that balances it. Items already
     * loaded stay where they are, and then nothing is moved.
     */
    private Finished finish(ContainerSpace container, List<Placement> alreadyLoaded, List<Placement> groupsPlaced,
                            PartialLoad packing, List<CargoType> types, boolean partLoad) {
        List<Placement> planned = new ArrayList<>(groupsPlaced);
        planned.addAll(toPlacements(packing));
        planned = WeightPlacement.heavyLowAndCentral(planned, types, container);
        if (!alreadyLoaded.isEmpty()) {
            return new Finished(planned, 0, container);
        }
        planned = WeightPlacement.rearrangeSlices(planned, container, settings);
        // A part load braced at the back wall may stay there; otherwise it is moved to balance it.
        WeightPlacement.Shifted shifted = WeightPlacement.balance(planned, container, settings,
                partLoad && !settings.bracedAtBackWall());
        return new Finished(shifted.placements(), shifted.backGapCm(), container);
    }

    /** The search's input for one planning stage: the items grouped into types, the container and its blocks. */
    private record Stage(Instance instance, List<CargoType> types) {
    }

    private Stage stage(ContainerSpace container, List<Placement> alreadyLoaded, List<Cargo> items,
                        List<UnplacedCargo> unplaced) {
        Map<Object, List<Cargo>> groups = new LinkedHashMap<>();
        Map<Object, int[][]> groupOrientations = new HashMap<>();
        for (Cargo item : items) {
            int[][] usable = usableOrientations(item, container);
            UnplacedCargo rejection = rejection(item, container, usable);
            if (rejection != null) {
                unplaced.add(rejection);
                continue;
            }
            // Not the weight: every real package weighs a little differently; see CargoType.
            Object key = List.of(item.lengthCm(), item.widthCm(), item.heightCm(),
                    item.mayBeVertical(), item.doNotStack(), item.fragile());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            groupOrientations.put(key, usable);
        }
        List<CargoType> types = new ArrayList<>();
        for (Map.Entry<Object, List<Cargo>> group : groups.entrySet()) {
            types.add(new CargoType(types.size(), group.getValue(), groupOrientations.get(group.getKey())));
        }
        Instance instance = new Instance(container.lengthCm(), container.widthCm(), container.heightCm(),
                container.maxPayloadKg(), types, settings.fullSupport(),
                isPartLoad(container, alreadyLoaded, List.of(), items));
        return new Stage(instance, types);
    }

    /**
     * Plans the travel-together groups on their own, dropping any group that does not fit whole and planning
     * again without it, until every planned group is whole. Returns their placements in loading order.
     */
    private List<Placement> planWholeGroups(ContainerSpace container, List<Placement> alreadyLoaded,
                                            List<List<Cargo>> travelGroups, SearchRun run,
                                            List<CargoType> allTypes, List<UnplacedCargo> unplaced)
            throws InterruptedException {
        List<List<Cargo>> kept = new ArrayList<>(travelGroups);
        while (!kept.isEmpty()) {
            List<Cargo> members = kept.stream().flatMap(List::stream).toList();
            List<UnplacedCargo> rejected = new ArrayList<>();
            Stage stage = stage(container, alreadyLoaded, members, rejected);
            List<Placement> placed = toPlacements(search(stage.instance(), alreadyLoaded, run, false,
                    GENERAL_BLOCK_ROUNDS, settings.maxWidth()).run());
            Set<Cargo> placedItems = Collections.newSetFromMap(new IdentityHashMap<>());
            placed.forEach(p -> placedItems.add(p.item()));
            List<List<Cargo>> broken = kept.stream()
                    .filter(group -> !group.stream().allMatch(placedItems::contains)).toList();
            if (broken.isEmpty()) {
                allTypes.addAll(stage.types());
                unplaced.addAll(rejected);
                return loadingOrder(placed);
            }
            // Drop the largest broken group: it is the likeliest reason the others did not fit either.
            List<Cargo> dropped = broken.stream().max(Comparator.comparingLong(LoadPlanner::volumeOf)).orElseThrow();
            kept.remove(dropped);
            for (Cargo item : dropped) {
                // An item no container of this kind can take keeps that reason; its companions stay behind with it.
                unplaced.add(rejected.stream().filter(r -> r.item() == item).findFirst()
                        .orElse(UnplacedCargo.because(item, UnplacedReason.GROUP_DOES_NOT_FIT)));
            }
        }
        return List.of();
    }

    private static long volumeOf(List<Cargo> group) {
        return group.stream().mapToLong(Cargo::volumeCm3).sum();
    }

    /** Rounds of joining blocks in pairs into general blocks. */
    private static final int GENERAL_BLOCK_ROUNDS = 2;

    /**
     * A search over the blocks made in {@code generalRounds} rounds of joining (0: only blocks of one box type), at
     * most {@code maxWidth} wide (1: the first greedy fill only).
     */
    private BlockSearch search(Instance instance, List<Placement> alreadyLoaded, SearchRun run,
                               boolean lengthLimitWaived, int generalRounds, int maxWidth) {
        List<Block> blocks = new BlockFactory(instance.size(), instance.types(), settings.maxBlocks(),
                settings.blockFillFor(instance.types().size()), settings.fullSupport()).build(instance.types(),
                generalRounds);
        BlockSearch.BalanceRule balance = instance.weighted() ? new BlockSearch.BalanceRule(
                settings.maxCogLengthOffset(), settings.maxCogWidthOffset(), lengthLimitWaived) : null;
        return new BlockSearch(instance, blocks, new BlockRanking(instance, tuning), alreadyLoaded, clock, run.start(),
                run.deadline(), maxWidth, settings.workBudget(), run.progress(), run.executor(), balance);
    }

    /** Work the last plan of this planner used, in blocks placed while looking ahead (see the work budget). */
    public long lastSearchWork() {
        return lastSearchWork;
    }

    /**
     * True when everything together clearly takes less than the container: then it is planned from the back wall
     * forward, as people load. Full loads are packed from both ends, which fills a container better.
     */
    static boolean isPartLoad(ContainerSpace container, List<Placement> alreadyLoaded,
                              List<List<Cargo>> travelGroups, List<Cargo> items) {
        double volume = alreadyLoaded.stream().mapToDouble(Placement::volumeCm3).sum();
        for (List<Cargo> group : travelGroups) {
            volume += volumeOf(group);
        }
        volume += volumeOf(items);
        return volume <= PART_LOAD_SHARE_OF_VOLUME * container.volumeCm3();
    }

    /** Up to this share of the container's volume a load is packed from the back wall only. */
    private static final double PART_LOAD_SHARE_OF_VOLUME = 0.75;

    /** Allowed orientations that fit inside the container and pass the door lengthwise. */
    static int[][] usableOrientations(Cargo item, ContainerSpace container) {
        List<int[]> usable = new ArrayList<>();
        for (int[] o : CargoType.orientationsOf(item)) {
            if (fitsInside(o, container) && o[1] <= container.doorWidthCm() && o[2] <= container.doorHeightCm()) {
                usable.add(o);
            }
        }
        return usable.toArray(new int[0][]);
    }

    private static boolean fitsInside(int[] o, ContainerSpace container) {
        return o[0] <= container.lengthCm() && o[1] <= container.widthCm() && o[2] <= container.heightCm();
    }

    private static UnplacedCargo rejection(Cargo item, ContainerSpace container, int[][] usable) {
        if (usable.length == 0) {
            boolean fitsInsideSomeWay = false;
            for (int[] o : CargoType.orientationsOf(item)) {
                fitsInsideSomeWay |= fitsInside(o, container);
            }
            return fitsInsideSomeWay
                    ? new UnplacedCargo(item, UnplacedReason.TOO_BIG_FOR_DOOR, Message.of(
                    "planning.unplaced.TOO_BIG_FOR_DOOR", item.label(), container.doorWidthCm(),
                    container.doorHeightCm()))
                    : UnplacedCargo.because(item, UnplacedReason.TOO_BIG_FOR_CONTAINER);
        }
        if (item.weightKg() > container.maxPayloadKg()) {
            return new UnplacedCargo(item, UnplacedReason.TOO_HEAVY_FOR_PAYLOAD, Message.of(
                    "planning.unplaced.TOO_HEAVY_FOR_PAYLOAD", item.label(), item.weightKg(),
                    container.maxPayloadKg()));
        }
        return null;
    }

    /**
     * Turns the packing into placements. Blocks take their items in the order they were placed, each type
     * lightest first, exactly as the search counted their weight; inside a block the heavier members get the
     * lower boxes, so a fragile box never carries a heavier box of its own type.
     */
    private static List<Placement> toPlacements(PartialLoad state) {
        Deque<PartialLoad.PlacedBlock> oldestFirst = new ArrayDeque<>();
        for (PartialLoad.PlacedBlock placed = state.placed(); placed != null; placed = placed.previous()) {
            oldestFirst.addFirst(placed);
        }
        Map<CargoType, Deque<Cargo>> itemsLeft = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (PartialLoad.PlacedBlock placed : oldestFirst) {
            Map<CargoType, List<int[]>> boxesByType = new LinkedHashMap<>();
            placed.block().forEachBox(placed.x(), placed.y(), placed.z(), (type, x, y, z, dx, dy, dz) ->
                    boxesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(new int[] {x, y, z, dx, dy, dz}));
            for (Map.Entry<CargoType, List<int[]>> entry : boxesByType.entrySet()) {
                Deque<Cargo> left = itemsLeft.computeIfAbsent(entry.getKey(), t -> new ArrayDeque<>(t.items));
                List<int[]> boxes = entry.getValue();
                List<Cargo> members = new ArrayList<>(boxes.size());
                for (int i = 0; i < boxes.size(); i++) {
                    members.add(left.removeFirst());
                }
                members.sort(Comparator.comparingDouble(Cargo::weightKg).reversed());
                boxes.sort(Comparator.comparingInt((int[] b) -> b[2]));
                for (int i = 0; i < boxes.size(); i++) {
                    int[] b = boxes.get(i);
                    placements.add(new Placement(members.get(i), b[0], b[1], b[2], b[3], b[4], b[5]));
                }
            }
        }
        return placements;
    }

    private static void addLeftOvers(List<CargoType> types, List<Placement> placements, ContainerSpace container,
                                     double loadedKg, List<UnplacedCargo> unplaced) {
        Set<Cargo> placedItems = Collections.newSetFromMap(new IdentityHashMap<>());
        placements.forEach(p -> placedItems.add(p.item()));
        unplaced.forEach(u -> placedItems.add(u.item()));
        double payloadLeft = container.maxPayloadKg() - loadedKg;
        for (CargoType type : types) {
            for (Cargo item : type.items) {
                if (placedItems.contains(item)) {
                    continue;
                }
                unplaced.add(UnplacedCargo.because(item, item.weightKg() > payloadLeft ? UnplacedReason.PAYLOAD_FULL
                        : UnplacedReason.NO_SPACE));
            }
        }
    }

    /**
     * Orders placements for loading: from the back wall towards the door, lower first, but never an item
     * before one it rests on.
     */
    static List<Placement> loadingOrder(List<Placement> placements) {
        int n = placements.size();
        int[] waitingFor = new int[n];
        List<List<Integer>> carried = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            carried.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Placement upper = placements.get(i);
            for (int j = 0; j < n; j++) {
                Placement lower = placements.get(j);
                if (lower.zEnd() == upper.z() && Geometry.footprintsOverlap(lower, upper)) {
                    waitingFor[i]++;
                    carried.get(j).add(i);
                }
            }
        }
        Comparator<Integer> order = Comparator.comparingInt((Integer i) -> placements.get(i).x())
                .thenComparingInt(i -> placements.get(i).z())
                .thenComparingInt(i -> placements.get(i).y());
        PriorityQueue<Integer> ready = new PriorityQueue<>(order);
        for (int i = 0; i < n; i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<Placement> ordered = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            ordered.add(placements.get(next));
            for (int upper : carried.get(next)) {
                if (--waitingFor[upper] == 0) {
                    ready.add(upper);
                }
            }
        }
        return ordered;
    }

    /** Thrown when the planning thread is interrupted; the caller asked to stop and gets no plan. */
    public static final class PlanningInterruptedException extends RuntimeException {
        public PlanningInterruptedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
