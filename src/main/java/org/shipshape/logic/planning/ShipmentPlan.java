package org.shipshape.logic.planning;

import java.util.List;
import java.util.Objects;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.UnplacedCargo;

/**
 * A loading plan for a shipment: one container, or several when the coordinator asked how many are needed.
 *
 * @param containerNumber null until the container is known; only for a plan of the shipment's own container
 * @param containers      in loading order; each with its own plan, fill, weight and centre of gravity
 * @param unplaced        packages in none of the containers, with the reason
 * @param notPlannable    one sentence per package left out because it is not measured or weighed
 * @param categories      the packages' main categories, sorted; a category's position picks its colour
 */
public record ShipmentPlan(String reference, String containerNumber, List<PlannedContainer> containers,
                           List<UnplacedCargo> unplaced, List<String> notPlannable, List<String> categories) {
    /** One container of the plan. */
    public record PlannedContainer(String typeCode, String typeName, LoadPlan plan) {
        public PlannedContainer {
            Objects.requireNonNull(typeCode, "typeCode");
            Objects.requireNonNull(typeName, "typeName");
            Objects.requireNonNull(plan, "plan");
        }
    }

    public ShipmentPlan {
        Objects.requireNonNull(reference, "reference");
        containers = List.copyOf(containers);
        if (containers.isEmpty()) {
            throw new IllegalArgumentException("A shipment plan needs at least one container");
        }
        unplaced = List.copyOf(unplaced);
        notPlannable = List.copyOf(notPlannable);
        categories = List.copyOf(categories);
    }

    /** A plan of one container; what it leaves out is the shipment's unplaced. */
    public static ShipmentPlan single(String reference, String typeCode, String typeName, String containerNumber,
                                      LoadPlan plan, List<String> notPlannable, List<String> categories) {
        return new ShipmentPlan(reference, containerNumber, List.of(new PlannedContainer(typeCode, typeName, plan)),
                plan.unplaced(), notPlannable, categories);
    }

    /** The first container's plan: the only one unless several containers were planned. */
    public LoadPlan plan() {
        return containers.get(0).plan();
    }

    public String containerTypeCode() {
        return containers.get(0).typeCode();
    }

    public String containerTypeName() {
        return containers.get(0).typeName();
    }

    /** Packages in the plan's containers. */
    public int placedCount() {
        return containers.stream().mapToInt(c -> c.plan().placements().size()).sum();
    }

    /** Every package of the shipment the plan was asked about: loaded, left out, or not plannable yet. */
    public int packageCount() {
        return placedCount() + unplaced.size() + notPlannable.size();
    }

    public double loadedKg() {
        return containers.stream().mapToDouble(c -> c.plan().loadedKg()).sum();
    }

    /** Colour slot of a category (see {@link CategoryPalette}); unknown categories share the last slot. */
    public int colourIndex(String category) {
        int index = categories.indexOf(category);
        return index >= 0 ? index : categories.size();
    }
}
