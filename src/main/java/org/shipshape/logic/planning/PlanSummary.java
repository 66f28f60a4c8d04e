package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.UnplacedCargo;

/** Turns placements into a {@link LoadPlan}: fill ratios, centre of gravity and warnings. */
final class PlanSummary {
    private PlanSummary() {
    }

    static LoadPlan summarise(ContainerSpace container, List<Placement> placements, List<UnplacedCargo> unplaced,
                              PlannerSettings settings) {
        long volume = 0;
        double kg = 0;
        for (Placement p : placements) {
            volume += p.volumeCm3();
            kg += p.item().weightKg();
        }
        double weightFill = Double.isInfinite(container.maxPayloadKg()) ? 0 : kg / container.maxPayloadKg();
        CentreOfGravity cog = centreOfGravity(container, placements, kg > 0);
        List<String> warnings = new ArrayList<>();
        if (Math.abs(cog.lengthOffsetFraction()) > settings.maxCogLengthOffset()) {
            warnings.add(String.format(Locale.ROOT,
                    "The centre of gravity lies %.0f cm %s of the middle of the container; move weight %s.",
                    Math.abs(cog.lengthOffsetFraction()) * container.lengthCm(),
                    cog.lengthOffsetFraction() < 0 ? "towards the back wall" : "towards the door",
                    cog.lengthOffsetFraction() < 0 ? "towards the door" : "towards the back wall"));
        }
        if (Math.abs(cog.widthOffsetFraction()) > settings.maxCogWidthOffset()) {
            warnings.add(String.format(Locale.ROOT,
                    "The centre of gravity lies %.0f cm to the %s of the middle; balance the load across the width.",
                    Math.abs(cog.widthOffsetFraction()) * container.widthCm(),
                    cog.widthOffsetFraction() < 0 ? "left" : "right"));
        }
        if (weightFill > 1) {
            warnings.add(String.format(Locale.ROOT, "The load weighs %.0f kg, more than the payload of %.0f kg.", kg,
                    container.maxPayloadKg()));
        }
        return new LoadPlan(container, placements, unplaced, (double) volume / container.volumeCm3(), kg,
                weightFill, cog, warnings);
    }

    /** Weighted by mass; when nothing has a weight (benchmarks), by volume, as if density were uniform. */
    private static CentreOfGravity centreOfGravity(ContainerSpace container, List<Placement> placements,
                                                   boolean byWeight) {
        double total = 0;
        double x = 0;
        double y = 0;
        double z = 0;
        for (Placement p : placements) {
            double mass = byWeight ? p.item().weightKg() : p.volumeCm3();
            total += mass;
            x += mass * (p.x() + p.dx() / 2.0);
            y += mass * (p.y() + p.dy() / 2.0);
            z += mass * (p.z() + p.dz() / 2.0);
        }
        if (total == 0) {
            return CentreOfGravity.EMPTY;
        }
        x /= total;
        y /= total;
        z /= total;
        return new CentreOfGravity(x, y, z, (x - container.lengthCm() / 2.0) / container.lengthCm(),
                (y - container.widthCm() / 2.0) / container.widthCm());
    }
}
