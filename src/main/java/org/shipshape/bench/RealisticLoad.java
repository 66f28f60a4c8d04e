package org.shipshape.bench;

import org.shipshape.logic.planning.ContainerSetPlanner;
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
    /** The 20 ft and 40 ft standard containers, likewise. */
    public static final ContainerSpace STANDARD_20 = new ContainerSpace(589, 235, 239, 234, 228, 28_200);
    public static final ContainerSpace STANDARD_40 = new ContainerSpace(1203, 235, 239, 234, 228, 26_700);

    /** The three seeded container types, each costed by its inside volume in m3 (the default without set costs). */
    public static final List<ContainerSetPlanner.Choice> CONTAINER_CHOICES = List.of(
            new ContainerSetPlanner.Choice("40HC", "40 ft high cube", HIGH_CUBE_40, 76.3),
            new ContainerSetPlanner.Choice("40GP", "40 ft standard", STANDARD_40, 67.7),
            new ContainerSetPlanner.Choice("20GP", "20 ft standard", STANDARD_20, 33.2));

    /** A charity shipment to plan: what it is, the container it goes in, and its packages. */
    public record CharityShipment(String name, String containerCode, ContainerSpace container,
                                  List<Cargo> packages) {
    }

    /**
     * The realistic test set: the kinds of shipment a charity sends, each with the mix of packages it really has
     * (standard boxes, clothing bales, sofas and fridges that stay upright, pieces nothing may stand on, pallets).
     * The same call always gives the same packages.
     */
    public static List<CharityShipment> charityShipments() {
        return List.of(
                new CharityShipment("School supplies and clothes, part load (68 packages)", "40HC", HIGH_CUBE_40,
                        mix(68, 101, 60, 35, 5, 0, 0, 0)),
                new CharityShipment("Household goods, 20 ft full (boxes, bales, sofas, fridges, bicycles)", "20GP",
                        STANDARD_20, mix(420, 102, 45, 20, 10, 15, 10, 0)),
                new CharityShipment("Hospital equipment on pallets, 40 ft", "40GP", STANDARD_40,
                        mix(520, 103, 40, 20, 5, 5, 15, 15)),
                new CharityShipment("Clothing bales and boxes, 40 ft high cube", "40HC", HIGH_CUBE_40,
                        mix(900, 104, 45, 15, 0, 40, 0, 0)),
                new CharityShipment("Mixed warehouse load, 40 ft high cube (1,500 packages)", "40HC", HIGH_CUBE_40,
                        packages(1_500, 42)));
    }

    /**
     * {@code count} packages in the given shares (per cent, adding up to 100): clothes boxes, book boxes,
     * kitchenware boxes, clothing bales, loose pieces (sofas, fridges, washing machines, bicycles, mattresses)
     * and pallets.
     */
    private static List<Cargo> mix(int count, long seed, int clothes, int books, int kitchen, int bales, int pieces,
                                   int pallets) {
        Random random = new Random(seed);
        List<Cargo> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String number = String.format("S%d-%04d", seed, i);
            int pick = random.nextInt(100);
            int bound = clothes;
            Cargo item;
            if (pick < bound) {
                item = box(number, "Clothes", 40, 30, 30, 6, 12, random);
            } else if (pick < (bound += books)) {
                item = box(number, "Books", 50, 40, 25, 10, 20, random);
            } else if (pick < (bound += kitchen)) {
                item = box(number, "Kitchenware", 60, 40, 40, 8, 22, random);
            } else if (pick < (bound += bales)) {
                item = bale(number, random);
            } else if (pick < (bound += pieces)) {
                item = piece(number, random);
            } else {
                item = pallet(number, random);
            }
            items.add(item);
        }
        return items;
    }

    /** A euro pallet of medical supplies: stays upright, and nothing goes on the taller ones. */
    private static Cargo pallet(String number, Random random) {
        int height = 100 + 10 * random.nextInt(7);
        return new Cargo(number, "pallet " + number, "Medical supplies", 120, 80, height,
                weight(180, 450, random), EnumSet.of(CargoAxis.HEIGHT), height > 130, false);
    }

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
