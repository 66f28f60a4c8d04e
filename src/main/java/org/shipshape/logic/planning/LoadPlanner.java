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

    public LoadPlanner(PlannerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public LoadPlan plan(ContainerSpace container, List<Cargo> items, PlanningProgress progress) {
        return plan(container, List.of(), items, progress);
    }

    /**
     * Plans the items into what is left of the container after {@code alreadyLoaded}, which stay where they are
     * and must be given in loading order. The returned plan holds the already loaded items first.
     */
    public LoadPlan plan(ContainerSpace container, List<Placement> alreadyLoaded, List<Cargo> items,
                         PlanningProgress progress) {
        long start = System.nanoTime();
        // The search stops a little early: finishing the last beam level and ordering the plan take time too.
        long deadline = start + (long) (settings.timeLimit().toNanos() * SEARCH_SHARE_OF_TIME_LIMIT);
        List<UnplacedCargo> unplaced = new ArrayList<>();
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
                container.maxPayloadKg(), types, settings.fullSupport(), isPartLoad(container, alreadyLoaded, types));
        List<Block> blocks = new BlockFactory(instance.size(), types, settings.maxBlocks(), settings.minBlockFill(),
                settings.fullSupport()).build(types, 2);
        PartialLoad best = search(instance, blocks, alreadyLoaded, start, deadline, progress);
        List<Placement> placements = new ArrayList<>(alreadyLoaded);
        placements.addAll(loadingOrder(toPlacements(best)));
        double loadedKg = placements.stream().mapToDouble(p -> p.item().weightKg()).sum();
        addLeftOvers(types, placements, container, loadedKg, unplaced);
        progress.progress(1.0);
        return PlanSummary.summarise(container, placements, unplaced, settings);
    }

    private PartialLoad search(Instance instance, List<Block> blocks, List<Placement> alreadyLoaded, long start,
                                long deadline, PlanningProgress progress) {
        ExecutorService executor = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread thread = new Thread(r, "load-planner");
            thread.setDaemon(true);
            return thread;
        }) : null;
        try {
            return new BlockSearch(instance, blocks, alreadyLoaded, start, deadline, settings.maxWidth(), progress,
                    executor).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanningInterruptedException("Load planning was interrupted", e);
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    /**
     * True when everything together clearly takes less than the container: then it is planned from the back wall
     * forward, as people load. Full loads are packed from both ends, which fills a container better.
     */
    static boolean isPartLoad(ContainerSpace container, List<Placement> alreadyLoaded, List<CargoType> types) {
        double volume = alreadyLoaded.stream().mapToDouble(Placement::volumeCm3).sum();
        for (CargoType type : types) {
            volume += (double) type.volume * type.count();
        }
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
                    ? new UnplacedCargo(item, UnplacedReason.TOO_BIG_FOR_DOOR, item.label()
                    + " does not pass the " + container.doorWidthCm() + " x " + container.doorHeightCm()
                    + " cm door whichever way it may stand.")
                    : new UnplacedCargo(item, UnplacedReason.TOO_BIG_FOR_CONTAINER, item.label()
                    + " is larger than the inside of the container whichever way it may stand.");
        }
        if (item.weightKg() > container.maxPayloadKg()) {
            return new UnplacedCargo(item, UnplacedReason.TOO_HEAVY_FOR_PAYLOAD, item.label() + " weighs "
                    + item.weightKg() + " kg, more than the container's payload of " + container.maxPayloadKg()
                    + " kg.");
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
        double payloadLeft = container.maxPayloadKg() - loadedKg;
        for (CargoType type : types) {
            for (Cargo item : type.items) {
                if (placedItems.contains(item)) {
                    continue;
                }
                unplaced.add(item.weightKg() > payloadLeft
                        ? new UnplacedCargo(item, UnplacedReason.PAYLOAD_FULL, item.label()
                        + " would take the load over the payload.")
                        : new UnplacedCargo(item, UnplacedReason.NO_SPACE, "No room was found for " + item.label()
                        + "."));
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
