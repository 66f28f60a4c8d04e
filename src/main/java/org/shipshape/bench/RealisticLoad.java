package org.shipshape.bench;

import org.shipshape.logic.planning.LoadPlanner;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningProgress;
import org.shipshape.logic.planning.ShipmentPlan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Cargo;

/**
 * A made-up but realistic warehouse load for measuring the planner: mostly standard boxes of the sizes the
 * warehouse uses, each weighed (so weights differ from box to box), some clothing bales and loose pieces
 * (sofas, fridges, washing machines, bicycles, mattresses) with their handling marks.
 */
public final class RealisticLoad {
    /** The 40 ft high cube's inside, door and payload as in the seeded container types. */
    public static final ContainerSpace HIGH_CUBE_40 = new ContainerSpace(1203, 235, 269, 234, 258, 26_500);

    private RealisticLoad() {
    }

    /** {@code count} packages; the same seed gives the same packages. */
    public static List<Cargo> packages(int count, long seed) {
        Random random = new Random(seed);
        List<Cargo> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String number = String.format("P-%04d", i);
            int pick = random.nextInt(100);
            items.add(pick < 50 ? box(number, "Clothes", 40, 30, 30, 6, 12, random)
                    : pick < 80 ? box(number, "Books", 50, 40, 25, 10, 20, random)
                    : pick < 90 ? box(number, "Kitchenware", 60, 40, 40, 8, 22, random)
                    : pick < 92 ? box(number, "Bedding", 80, 60, 50, 10, 25, random)
                    : pick < 98 ? bale(number, random)
                    : piece(number, random));
        }
        return items;
    }

    /** Plans {@code count} realistic packages into a 40 ft high cube with the default settings. */
    public static LoadPlan planHighCube(int count, long seed) {
        return new LoadPlanner(PlannerSettings.defaults()).plan(HIGH_CUBE_40, packages(count, seed),
                PlanningProgress.NONE);
    }

    /** The plan as the loading plan PDF and the 3D view take it, for measuring those with the same load. */
    public static ShipmentPlan shipmentPlan(LoadPlan plan) {
        TreeSet<String> categories = new TreeSet<>();
        plan.placements().forEach(p -> categories.add(p.item().category()));
        plan.unplaced().forEach(u -> categories.add(u.item().category()));
        return ShipmentPlan.single("BENCH-1", "40HC", "40 ft high cube", null, plan, List.of(),
                List.copyOf(categories));
    }

    private static Cargo box(String number, String category, int l, int w, int h, int minKg, int maxKg,
                                Random random) {
        return Cargo.anyWayUp(number, "box " + number, category, l, w, h, weight(minKg, maxKg, random));
    }

    private static Cargo bale(String number, Random random) {
        return Cargo.anyWayUp(number, "bale " + number, "Worn clothing", 80, 50, 50, weight(40, 55, random));
    }

    private static Cargo piece(String number, Random random) {
        int kind = random.nextInt(5);
        return switch (kind) {
            case 0 -> new Cargo(number, "sofa " + number, "Furniture", 200, 90, 85, weight(35, 60, random),
                    EnumSet.of(CargoAxis.HEIGHT), true, false);
            case 1 -> new Cargo(number, "fridge " + number, "Appliances", 60, 60, 170, weight(45, 70, random),
                    EnumSet.of(CargoAxis.HEIGHT), true, true);
            case 2 -> new Cargo(number, "washing machine " + number, "Appliances", 60, 60, 85,
                    weight(60, 75, random), EnumSet.of(CargoAxis.HEIGHT), false, true);
            case 3 -> new Cargo(number, "bicycle " + number, "Bicycles", 170, 60, 100, weight(12, 18, random),
                    EnumSet.of(CargoAxis.HEIGHT), true, false);
            default -> Cargo.anyWayUp(number, "mattress " + number, "Bedding", 190, 90, 20,
                    weight(15, 30, random));
        };
    }

    /** Weighed to 0.1 kg, as the warehouse scales show. */
    private static double weight(int minKg, int maxKg, Random random) {
        return Math.round((minKg + random.nextDouble() * (maxKg - minKg)) * 10) / 10.0;
    }
}
