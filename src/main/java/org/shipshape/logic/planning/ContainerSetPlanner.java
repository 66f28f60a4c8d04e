package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.UnplacedCargo;
import org.shipshape.model.planning.UnplacedReason;

/**
 * Plans a set of packages over several containers: into a given list of containers, or choosing the containers
 * itself (fewest first, then the cheapest mix). Containers are filled one after the other, the largest first;
 * travel-together groups go whole into one container, assigned largest group first to the first container with
 * room for it.
 */
public final class ContainerSetPlanner {
    /** A container type that may be used, with its inside and what one costs (any unit, compared only). */
    public record Choice(String code, String name, ContainerSpace space, double cost) {
        public Choice {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(space, "space");
        }
    }

    /** One container of the answer and its plan; the plan lists no unplaced items (see {@link Result}). */
    public record Filled(Choice choice, LoadPlan plan) {
    }

    /** The containers in loading order and what fits in none of them. */
    public record Result(List<Filled> containers, List<UnplacedCargo> unplaced) {
        public Result {
            containers = List.copyOf(containers);
            unplaced = List.copyOf(unplaced);
        }

        public double totalCost() {
            return containers.stream().mapToDouble(f -> f.choice().cost()).sum();
        }
    }

    /** At most this many containers are considered when choosing automatically. */
    public static final int MOST_CONTAINERS = 12;
    /** Groups are given to a container while their volume stays under this share of it, leaving room to pack. */
    private static final double GROUP_SHARE_OF_VOLUME = 0.85;
    /** Mixes tried beyond the fewest count that could hold the volume before giving up on more containers. */
    private static final int EXTRA_COUNTS_TRIED = 3;

    private final LoadPlanner planner;

    public ContainerSetPlanner(PlannerSettings settings) {
        this.planner = new LoadPlanner(Objects.requireNonNull(settings, "settings"));
    }

    /** Plans the packages into exactly these containers, in this order; what does not fit is left out. */
    public Result planInto(List<Choice> containers, List<Cargo> items, List<List<Cargo>> travelGroups,
                           PlanningProgress progress) {
        Fill fill = Fill.start(items, travelGroups);
        for (int i = 0; i < containers.size(); i++) {
            fill = fill.next(containers.get(i), planner, part(progress, i, containers.size()));
        }
        return fill.result();
    }

    /**
     * Chooses the containers: the fewest that take every package, and of those the cheapest mix. When no mix of up
     * to {@link #MOST_CONTAINERS} takes everything, the mix that loads the most volume is returned with the rest
     * listed as unplaced.
     */
    public Result planAuto(List<Choice> available, List<Cargo> items, List<List<Cargo>> travelGroups,
                           PlanningProgress progress) {
        if (available.isEmpty()) {
            throw new IllegalArgumentException("No container type to choose from");
        }
        List<Choice> largestFirst = new ArrayList<>(available);
        largestFirst.sort(Comparator.comparingLong((Choice c) -> -c.space().volumeCm3()).thenComparing(Choice::code));
        List<Cargo> everything = new ArrayList<>(items);
        travelGroups.forEach(everything::addAll);
        long volume = everything.stream().mapToLong(Cargo::volumeCm3).sum();
        double kg = everything.stream().mapToDouble(Cargo::weightKg).sum();
        int fewest = fewestThatCouldHold(largestFirst, volume, kg);
        Map<List<String>, Fill> fills = new HashMap<>();
        Fill bestSoFar = null;
        for (int count = fewest; count <= Math.min(MOST_CONTAINERS, fewest + EXTRA_COUNTS_TRIED); count++) {
            List<List<Choice>> mixes = mixes(largestFirst, count);
            mixes.removeIf(mix -> capacity(mix) < volume || payload(mix) < kg);
            mixes.sort(Comparator.comparingDouble(ContainerSetPlanner::cost).thenComparingLong(mix -> capacity(mix)));
            for (List<Choice> mix : mixes) {
                if (progress.cancelled()) {
                    return bestSoFar == null ? Fill.start(items, travelGroups).result() : bestSoFar.result();
                }
                Fill fill = fillMemoised(mix, items, travelGroups, fills, progress);
                if (bestSoFar == null || fill.loadedVolume() > bestSoFar.loadedVolume()) {
                    bestSoFar = fill;
                }
                if (fill.everythingPlaced()) {
                    return fill.result();
                }
            }
        }
        return bestSoFar == null ? Fill.start(items, travelGroups).result() : bestSoFar.result();
    }

    /** Fills the mix, reusing the fill of any mix that starts with the same containers (it plans them the same). */
    private Fill fillMemoised(List<Choice> mix, List<Cargo> items, List<List<Cargo>> travelGroups,
                              Map<List<String>, Fill> fills, PlanningProgress progress) {
        Fill fill = Fill.start(items, travelGroups);
        List<String> prefix = new ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
            prefix.add(mix.get(i).code());
            Fill known = fills.get(prefix);
            if (known == null) {
                known = fill.next(mix.get(i), planner, part(progress, i, mix.size()));
                fills.put(List.copyOf(prefix), known);
            }
            fill = known;
        }
        return fill;
    }

    /** The fewest containers whose inside and payload could hold everything, counting the largest type only. */
    private static int fewestThatCouldHold(List<Choice> largestFirst, long volume, double kg) {
        Choice largest = largestFirst.get(0);
        double heaviest = largestFirst.stream().mapToDouble(c -> c.space().maxPayloadKg()).max().orElse(1);
        long byVolume = (volume + largest.space().volumeCm3() - 1) / largest.space().volumeCm3();
        long byWeight = (long) Math.ceil(kg / heaviest);
        return (int) Math.max(1, Math.min(MOST_CONTAINERS, Math.max(byVolume, byWeight)));
    }

    /** Every multiset of {@code count} container types, each listed largest first. */
    static List<List<Choice>> mixes(List<Choice> largestFirst, int count) {
        List<List<Choice>> result = new ArrayList<>();
        addMixes(largestFirst, count, 0, new ArrayList<>(), result);
        return result;
    }

    private static void addMixes(List<Choice> types, int left, int from, List<Choice> current,
                                 List<List<Choice>> result) {
        if (left == 0) {
            result.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < types.size(); i++) {
            current.add(types.get(i));
            addMixes(types, left - 1, i, current, result);
            current.remove(current.size() - 1);
        }
    }

    private static long capacity(List<Choice> mix) {
        return mix.stream().mapToLong(c -> c.space().volumeCm3()).sum();
    }

    private static double payload(List<Choice> mix) {
        return mix.stream().mapToDouble(c -> c.space().maxPayloadKg()).sum();
    }

    private static double cost(List<Choice> mix) {
        return mix.stream().mapToDouble(Choice::cost).sum();
    }

    /** Progress of one container out of {@code of}, as a share of the whole. */
    private static PlanningProgress part(PlanningProgress whole, int index, int of) {
        return new PlanningProgress() {
            @Override
            public void progress(double fraction) {
                whole.progress((index + fraction) / of);
            }

            @Override
            public boolean cancelled() {
                return whole.cancelled();
            }
        };
    }

    /**
     * Containers filled so far and what is still to load; immutable, so fills can share their beginnings.
     *
     * @param refusals why a container could not take an item at all (too big, too heavy), by the last container
     *                 that refused it; a larger container may still take it
     */
    private record Fill(List<Filled> containers, List<Cargo> free, List<List<Cargo>> groups,
                        Map<Cargo, UnplacedCargo> refusals, long loadedVolume) {
        static Fill start(List<Cargo> items, List<List<Cargo>> travelGroups) {
            List<List<Cargo>> groups = new ArrayList<>(travelGroups.stream().filter(g -> !g.isEmpty()).toList());
            groups.sort(Comparator.comparingLong((List<Cargo> g) -> -g.stream().mapToLong(Cargo::volumeCm3).sum()));
            return new Fill(List.of(), List.copyOf(items), List.copyOf(groups), Map.of(), 0);
        }

        boolean everythingPlaced() {
            return free.isEmpty() && groups.isEmpty();
        }

        /** Plans the next container with the groups that have room in it and all free packages left. */
        Fill next(Choice container, LoadPlanner planner, PlanningProgress progress) {
            long room = (long) (GROUP_SHARE_OF_VOLUME * container.space().volumeCm3());
            double kgRoom = container.space().maxPayloadKg();
            List<List<Cargo>> here = new ArrayList<>();
            List<List<Cargo>> later = new ArrayList<>();
            for (List<Cargo> group : groups) {
                long volume = group.stream().mapToLong(Cargo::volumeCm3).sum();
                double kg = group.stream().mapToDouble(Cargo::weightKg).sum();
                if (volume <= room && kg <= kgRoom) {
                    here.add(group);
                    room -= volume;
                    kgRoom -= kg;
                } else {
                    later.add(group);
                }
            }
            LoadPlan plan = planner.plan(container.space(), List.of(), here, free, progress);
            Set<Cargo> placed = Collections.newSetFromMap(new IdentityHashMap<>());
            plan.placements().forEach(p -> placed.add(p.item()));
            for (List<Cargo> group : here) {
                if (!placed.contains(group.get(0))) {
                    later.add(group);
                }
            }
            Map<Cargo, UnplacedCargo> refusals = new IdentityHashMap<>(this.refusals);
            for (UnplacedCargo u : plan.unplaced()) {
                if (u.reason() != UnplacedReason.NO_SPACE && u.reason() != UnplacedReason.PAYLOAD_FULL
                        && u.reason() != UnplacedReason.GROUP_DOES_NOT_FIT) {
                    refusals.put(u.item(), u);
                }
            }
            List<Filled> containers = new ArrayList<>(this.containers);
            containers.add(new Filled(container, withoutUnplaced(plan)));
            long volume = plan.placements().stream().mapToLong(Placement::volumeCm3).sum();
            return new Fill(containers, free.stream().filter(item -> !placed.contains(item)).toList(),
                    List.copyOf(later), refusals, loadedVolume + volume);
        }

        private static LoadPlan withoutUnplaced(LoadPlan plan) {
            return new LoadPlan(plan.container(), plan.placements(), List.of(), plan.volumeFill(), plan.loadedKg(),
                    plan.weightFill(), plan.centreOfGravity(), plan.notices());
        }

        Result result() {
            List<UnplacedCargo> unplaced = new ArrayList<>();
            for (Cargo item : free) {
                unplaced.add(refusals.containsKey(item) ? refusals.get(item)
                        : UnplacedCargo.because(item, UnplacedReason.NO_SPACE));
            }
            for (List<Cargo> group : groups) {
                for (Cargo item : group) {
                    unplaced.add(refusals.containsKey(item) ? refusals.get(item)
                            : UnplacedCargo.because(item, UnplacedReason.GROUP_DOES_NOT_FIT));
                }
            }
            return new Result(containers, unplaced);
        }
    }
}
