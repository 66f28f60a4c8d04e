package org.shipshape.logic.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.Package;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.shipments.ContainerType;

/** Turns a shipment's packages and container type into planner input, and answers "how many more fit?". */
public final class ShipmentPlanning {
    /**
     * Planner input for a shipment.
     *
     * @param notPlannable packages left out because they have not been measured or weighed, one sentence each
     */
    public record Input(ContainerSpace container, List<Cargo> items, List<String> notPlannable) {
        public Input {
            Objects.requireNonNull(container, "container");
            items = List.copyOf(items);
            notPlannable = List.copyOf(notPlannable);
        }
    }

    private ShipmentPlanning() {
    }

    /** Inside sizes are rounded down to whole centimetres, so a plan never relies on a millimetre it lacks. */
    public static ContainerSpace containerSpace(ContainerType type) {
        return new ContainerSpace(type.insideLengthMm() / 10, type.insideWidthMm() / 10, type.insideHeightMm() / 10,
                type.doorWidthMm() / 10, type.doorHeightMm() / 10, type.maxPayloadKg().doubleValue());
    }

    public static Input input(ContainerType type, List<Package> packages) {
        List<Cargo> items = new ArrayList<>();
        List<String> notPlannable = new ArrayList<>();
        for (Package pkg : packages) {
            if (pkg.parentId() != null) {
                continue; // Travels on its pallet; the pallet is planned as one item.
            }
            if (pkg.dimensions() == null || pkg.grossKg() == null) {
                notPlannable.add("Package " + pkg.number() + " cannot be planned until it is "
                        + (pkg.dimensions() == null ? "measured." : "weighed."));
                continue;
            }
            items.add(item(pkg));
        }
        return new Input(containerSpace(type), items, notPlannable);
    }

    /**
     * This-side-up boxes and pallets may only turn about the vertical axis; everything else may be turned
     * every way, as loaders do with cartons and bales to fill gaps.
     */
    static Cargo item(Package pkg) {
        Set<HandlingMark> marks = pkg.marks();
        Set<CargoAxis> vertical = marks.contains(HandlingMark.THIS_SIDE_UP) || pkg.kind() == PackageKind.PALLET
                ? EnumSet.of(CargoAxis.HEIGHT)
                : EnumSet.allOf(CargoAxis.class);
        var size = pkg.dimensions();
        return new Cargo(pkg.number(), pkg.kind().code() + " " + pkg.number(), pkg.kind().code(),
                size.lengthCm(), size.widthCm(), size.heightCm(), pkg.grossKg().doubleValue(), vertical,
                marks.contains(HandlingMark.DO_NOT_STACK), marks.contains(HandlingMark.FRAGILE));
    }

    /**
     * Search work for one "how many more fit?" answer: boxes of one size pack well at once, and a coordinator asking
     * "will it fit?" for five sizes should not wait five full planning times.
     */
    static final long ROOM_LEFT_WORK = 30_000;

    /**
     * Estimates how many more boxes of one standard size fit after what the plan already loads: the planner
     * fills the free room with as many copies as could possibly fit, within the time limit.
     */
    public static int howManyMoreFit(LoadPlan plan, int lengthCm, int widthCm, int heightCm, BigDecimal kgEach,
                                     Duration timeLimit) {
        ContainerSpace container = plan.container();
        long freeVolume = container.volumeCm3() - plan.placements().stream().mapToLong(p -> p.volumeCm3()).sum();
        long byVolume = freeVolume / ((long) lengthCm * widthCm * heightCm);
        double kg = kgEach.setScale(3, RoundingMode.HALF_UP).doubleValue();
        long byWeight = kg > 0 ? (long) Math.floor((container.maxPayloadKg() - plan.loadedKg()) / kg) : byVolume;
        int copies = (int) Math.max(0, Math.min(Math.min(byVolume, byWeight), 5_000));
        List<Cargo> boxes = new ArrayList<>(copies);
        for (int i = 1; i <= copies; i++) {
            boxes.add(Cargo.anyWayUp("extra#" + i, "Extra box " + i, "extra", lengthCm, widthCm, heightCm, kg));
        }
        PlannerSettings settings = PlannerSettings.defaults().withTimeLimit(timeLimit).withWorkBudget(ROOM_LEFT_WORK);
        LoadPlan extended = new LoadPlanner(settings).plan(container, againstBackLeftCorner(plan.placements()),
                boxes, PlanningProgress.NONE);
        return extended.placements().size() - plan.placements().size();
    }

    /**
     * The load pushed as a whole into the back-left corner: a part load moved away from the back wall to balance
     * it would otherwise leave room behind it that more boxes would take once they are loaded too.
     */
    private static List<Placement> againstBackLeftCorner(List<Placement> placements) {
        int minX = placements.stream().mapToInt(Placement::x).min().orElse(0);
        int minY = placements.stream().mapToInt(Placement::y).min().orElse(0);
        if (minX == 0 && minY == 0) {
            return placements;
        }
        return placements.stream().map(p -> new Placement(p.item(), p.x() - minX, p.y() - minY, p.z(), p.dx(), p.dy(),
                p.dz())).toList();
    }
}
