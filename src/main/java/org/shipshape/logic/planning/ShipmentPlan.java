package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shipshape.model.planning.LoadPlan;

/**
 * A loading plan for one shipment's container, with what the planner could not be given.
 *
 * @param containerNumber null until the container is known
 * @param notPlannable    one sentence per package left out because it is not measured or weighed
 * @param categories      the packages' main categories, sorted; a category's position picks its colour
 */
public record ShipmentPlan(String reference, String containerTypeCode, String containerTypeName,
                           String containerNumber, LoadPlan plan, List<String> notPlannable,
                           List<String> categories) {
    public ShipmentPlan {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(plan, "plan");
        notPlannable = List.copyOf(notPlannable);
        categories = List.copyOf(categories);
    }

    /** Everything the coordinator should read before loading: packages not planned, then the planner's warnings. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>(notPlannable);
        warnings.addAll(plan.warnings());
        return warnings;
    }

    /** Colour slot of a category (see {@link CategoryPalette}); unknown categories share the last slot. */
    public int colourIndex(String category) {
        int index = categories.indexOf(category);
        return index >= 0 ? index : categories.size();
    }
}
