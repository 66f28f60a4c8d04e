package org.shipshape.model.planning;

import java.util.List;
import java.util.Objects;

/**
 * A loading plan for one container.
 *
 * @param placements   in loading order: from the back wall towards the door, every item after those it rests on
 * @param volumeFill   loaded item volume / container volume, 0..1
 * @param weightFill   loaded weight / payload, 0..1 (0 when the payload is unlimited)
 * @param notices      limits the plan breaks, with figures, and loading instructions
 */
public record LoadPlan(ContainerSpace container, List<Placement> placements, List<UnplacedCargo> unplaced,
                       double volumeFill, double loadedKg, double weightFill, CentreOfGravity centreOfGravity,
                       List<PlanNotice> notices) {
    public LoadPlan {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(centreOfGravity, "centreOfGravity");
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
        notices = List.copyOf(notices);
    }

    /** The notices that say the plan breaks a limit. */
    public List<PlanNotice> warnings() {
        return notices.stream().filter(PlanNotice::isWarning).toList();
    }
}
