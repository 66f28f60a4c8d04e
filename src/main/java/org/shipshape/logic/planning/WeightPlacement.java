package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.Placement;

/**
 * Puts weight where it belongs once the geometry is fixed. Packages of one type (same size and marks) are
 * interchangeable for the geometry and for every rule the search checked (it used the type's lightest and
 * heaviest weight), so the heaviest of a type take its lowest places, nearest the middle of the floor. A part load
 * may then be moved as a whole, away from the back wall or across the width, to bring its centre of gravity
 * within the forwarder's limits.
 */
final class WeightPlacement {
    private WeightPlacement() {
    }

    /** Reassigns each type's packages to its places: heaviest lowest, then nearest the middle of the floor. */
    static List<Placement> heavyLowAndCentral(List<Placement> placements, List<CargoType> types,
                                              ContainerSpace container) {
        Map<Cargo, CargoType> typeOf = new IdentityHashMap<>();
        for (CargoType type : types) {
            type.items.forEach(item -> typeOf.put(item, type));
        }
        Map<CargoType, List<Integer>> placesByType = new LinkedHashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            CargoType type = typeOf.get(placements.get(i).item());
            if (type != null) {
                placesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(i);
            }
        }
        List<Placement> result = new ArrayList<>(placements);
        double middleX = container.lengthCm() / 2.0;
        double middleY = container.widthCm() / 2.0;
        Comparator<Integer> lowThenCentral = Comparator.comparingInt((Integer i) -> placements.get(i).z())
                .thenComparingDouble(i -> {
                    Placement p = placements.get(i);
                    double dx = (p.x() + p.dx() / 2.0 - middleX) / container.lengthCm();
                    double dy = (p.y() + p.dy() / 2.0 - middleY) / container.widthCm();
                    return dx * dx + dy * dy;
                })
                .thenComparingInt(i -> placements.get(i).x())
                .thenComparingInt(i -> placements.get(i).y());
        for (List<Integer> places : placesByType.values()) {
            List<Cargo> members = new ArrayList<>(places.size());
            places.forEach(i -> members.add(placements.get(i).item()));
            members.sort(Comparator.comparingDouble(Cargo::weightKg).reversed().thenComparing(Cargo::id));
            List<Integer> ordered = new ArrayList<>(places);
            ordered.sort(lowThenCentral);
            for (int k = 0; k < ordered.size(); k++) {
                Placement place = placements.get(ordered.get(k));
                result.set(ordered.get(k), new Placement(members.get(k), place.x(), place.y(), place.z(), place.dx(),
                        place.dy(), place.dz()));
            }
        }
        return result;
    }

    /**
     * Rearranges the load's independent slices to bring its centre of gravity towards the middle. A slice is a run
     * of the length that no package crosses at either end: nothing in it rests on anything outside it, so slices may
     * change places along the length, and each may be mirrored across the width, without breaking any rule. Slices
     * change places only when the centre lies outside the length limit, and are mirrored only when it lies outside
     * the width limit, so a balanced plan is left as it is.
     */
    static List<Placement> rearrangeSlices(List<Placement> placements, ContainerSpace container,
                                           PlannerSettings settings) {
        if (placements.isEmpty() || placements.stream().allMatch(p -> p.item().weightKg() <= 0)) {
            return placements;
        }
        List<Slice> slices = slices(placements);
        if (slices.size() < 2) {
            return placements;
        }
        CentreOfGravity cog = PlanSummary.centreOfGravity(container, placements);
        List<Slice> order = slices;
        if (!PlanSummary.withinLengthLimit(cog, settings)) {
            order = balancedOrder(slices, container.lengthCm(), settings.maxCogLengthOffset());
        }
        boolean[] mirrored = new boolean[order.size()];
        if (!PlanSummary.withinWidthLimit(cog, settings)) {
            mirrored = mirroring(order, container.widthCm());
        }
        List<Placement> result = new ArrayList<>(placements.size());
        int x = slices.get(0).from();
        for (int i = 0; i < order.size(); i++) {
            Slice slice = order.get(i);
            int shift = x - slice.from();
            for (Placement p : slice.members()) {
                int y = mirrored[i] ? container.widthCm() - p.yEnd() : p.y();
                result.add(new Placement(p.item(), p.x() + shift, y, p.z(), p.dx(), p.dy(), p.dz()));
            }
            x += slice.length();
        }
        return result;
    }

    /** A run [from, from + length) of the length and the packages in it; the length includes any gap after it. */
    private record Slice(int from, int length, List<Placement> members, double kg, double momentX, double momentY) {
        /** The slice's moment about the back wall if it started at {@code start}. */
        double momentAt(int start) {
            return momentX + kg * (start - from);
        }
    }

    private static List<Slice> slices(List<Placement> placements) {
        List<List<Placement>> groups = runs(placements, true);
        List<Integer> starts = groups.stream().map(g -> g.get(0).x()).toList();
        List<Slice> slices = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < groups.size() ? starts.get(i + 1)
                    : groups.get(i).stream().mapToInt(Placement::xEnd).max().orElse(from);
            double kg = 0;
            double mx = 0;
            double my = 0;
            for (Placement p : groups.get(i)) {
                kg += p.item().weightKg();
                mx += p.item().weightKg() * (p.x() + p.dx() / 2.0);
                my += p.item().weightKg() * (p.y() + p.dy() / 2.0);
            }
            slices.add(new Slice(from, to - from, List.copyOf(groups.get(i)), kg, mx, my));
        }
        return slices;
    }

    /**
     * An order of the slices whose centre of gravity lies as near the middle as swapping pairs of slices brings it;
     * it stops once the centre is halfway inside the limit, so that the load changes no more than needed.
     */
    private static List<Slice> balancedOrder(List<Slice> slices, int length, double maxOffset) {
        List<Slice> order = new ArrayList<>(slices);
        double total = slices.stream().mapToDouble(Slice::kg).sum();
        double target = total * length / 2.0;
        double goodEnough = total * maxOffset * length / 2;
        double best = Math.abs(moment(order) - target);
        boolean improved = true;
        while (improved && best > goodEnough) {
            improved = false;
            for (int i = 0; i < order.size() && best > goodEnough; i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    java.util.Collections.swap(order, i, j);
                    double deviation = Math.abs(moment(order) - target);
                    if (deviation < best - 1e-9) {
                        best = deviation;
                        improved = true;
                        break;
                    }
                    java.util.Collections.swap(order, i, j);
                }
            }
        }
        return order;
    }

    private static double moment(List<Slice> order) {
        double moment = 0;
        int x = order.get(0).from();
        for (Slice slice : order) {
            moment += slice.momentAt(x);
            x += slice.length();
        }
        return moment;
    }

    /** Which slices to mirror across the width: the heaviest imbalances first, each to the side that evens out. */
    private static boolean[] mirroring(List<Slice> order, int width) {
        double middle = width / 2.0;
        Integer[] byImbalance = new Integer[order.size()];
        for (int i = 0; i < byImbalance.length; i++) {
            byImbalance[i] = i;
        }
        java.util.Arrays.sort(byImbalance, Comparator.comparingDouble(
                (Integer i) -> -Math.abs(order.get(i).momentY() - order.get(i).kg() * middle)));
        boolean[] mirrored = new boolean[order.size()];
        double sum = 0;
        for (int i : byImbalance) {
            double deviation = order.get(i).momentY() - order.get(i).kg() * middle;
            mirrored[i] = Math.abs(sum - deviation) < Math.abs(sum + deviation);
            sum += mirrored[i] ? -deviation : deviation;
        }
        return mirrored;
    }

    /** A load moved as a whole, and how far it now stands from the back wall. */
    record Shifted(List<Placement> placements, int backGapCm) {
    }

    /**
     * Moves a part load so that its centre of gravity comes within the limits where that is possible: towards the
     * door when the forwarder does not brace it at the back wall, and across the width. Along each axis the load's
     * independent runs (no package crosses from one to the next, so nothing in one rests on another) are closed up
     * in their order and then moved together; the centre is brought halfway into the allowed band, so that packing
     * a little differently than planned does not push it out. A load within the limits is not moved.
     */
    static Shifted balance(List<Placement> placements, ContainerSpace container, PlannerSettings settings,
                           boolean alongLength) {
        if (placements.isEmpty() || placements.stream().allMatch(p -> p.item().weightKg() <= 0)) {
            return new Shifted(placements, 0);
        }
        List<Placement> moved = placements;
        if (alongLength && !PlanSummary.withinLengthLimit(PlanSummary.centreOfGravity(container, moved), settings)) {
            moved = closeUpAndMove(moved, true, container.lengthCm(), settings.maxCogLengthOffset());
        }
        if (!PlanSummary.withinWidthLimit(PlanSummary.centreOfGravity(container, moved), settings)) {
            moved = closeUpAndMove(moved, false, container.widthCm(), settings.maxCogWidthOffset());
        }
        int start = moved.stream().mapToInt(Placement::x).min().orElse(0);
        return new Shifted(moved, moved == placements ? 0 : start);
    }

    private static List<Placement> closeUpAndMove(List<Placement> placements, boolean alongX, int size,
                                                  double maxOffset) {
        List<List<Placement>> runs = runs(placements, alongX);
        List<Placement> closed = new ArrayList<>(placements.size());
        int next = 0;
        for (List<Placement> run : runs) {
            int from = run.stream().mapToInt(p -> alongX ? p.x() : p.y()).min().orElse(0);
            int to = run.stream().mapToInt(p -> alongX ? p.xEnd() : p.yEnd()).max().orElse(0);
            for (Placement p : run) {
                closed.add(moved(p, alongX, next - from));
            }
            next += to - from;
        }
        double kg = 0;
        double moment = 0;
        for (Placement p : closed) {
            kg += p.item().weightKg();
            moment += p.item().weightKg() * (alongX ? p.x() + p.dx() / 2.0 : p.y() + p.dy() / 2.0);
        }
        double centre = moment / kg;
        double middle = size / 2.0;
        double target = centre < middle ? middle - maxOffset * size / 2 : middle + maxOffset * size / 2;
        int shift = (int) Math.max(0, Math.min(size - next, Math.round(target - centre)));
        List<Placement> result = new ArrayList<>(closed.size());
        for (Placement p : closed) {
            result.add(moved(p, alongX, shift));
        }
        return result;
    }

    private static Placement moved(Placement p, boolean alongX, int by) {
        return alongX ? new Placement(p.item(), p.x() + by, p.y(), p.z(), p.dx(), p.dy(), p.dz())
                : new Placement(p.item(), p.x(), p.y() + by, p.z(), p.dx(), p.dy(), p.dz());
    }

    /** The load cut where no package crosses, along x or y, in order; each run is independent of the others. */
    private static List<List<Placement>> runs(List<Placement> placements, boolean alongX) {
        List<Placement> sorted = new ArrayList<>(placements);
        sorted.sort(alongX ? Comparator.comparingInt(Placement::x).thenComparingInt(Placement::y)
                .thenComparingInt(Placement::z)
                : Comparator.comparingInt(Placement::y).thenComparingInt(Placement::x).thenComparingInt(Placement::z));
        List<List<Placement>> runs = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (Placement p : sorted) {
            if ((alongX ? p.x() : p.y()) >= end) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(p);
            end = Math.max(end, alongX ? p.xEnd() : p.yEnd());
        }
        return runs;
    }
}
