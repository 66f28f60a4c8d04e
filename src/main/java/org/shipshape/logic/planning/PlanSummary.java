package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.PlanNotice;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.UnplacedCargo;

/** Turns placements into a {@link LoadPlan}: fill ratios, centre of gravity and notices with their figures. */
final class PlanSummary {
    private PlanSummary() {
    }

    /**
     * @param backGapCm          how far a part load was moved away from the back wall to balance it (0: not moved)
     * @param lengthLimitWaived  a part load braced at the back wall: the forwarder accepts it off-centre lengthwise
     */
    static LoadPlan summarise(ContainerSpace container, List<Placement> placements, List<UnplacedCargo> unplaced,
                              PlannerSettings settings, int backGapCm, boolean lengthLimitWaived) {
        long volume = 0;
        double kg = 0;
        for (Placement p : placements) {
            volume += p.volumeCm3();
            kg += p.item().weightKg();
        }
        double weightFill = Double.isInfinite(container.maxPayloadKg()) ? 0 : kg / container.maxPayloadKg();
        CentreOfGravity cog = centreOfGravity(container, placements);
        List<PlanNotice> notices = new ArrayList<>();
        if (backGapCm > 0) {
            notices.add(new PlanNotice(PlanNotice.Kind.LOAD_STARTS_AWAY_FROM_BACK_WALL, backGapCm, 0));
        }
        // Weightless loads (benchmarks) have no centre of gravity to keep; the volume centre is only shown.
        if (kg > 0 && !lengthLimitWaived && !withinLengthLimit(cog, settings)) {
            notices.add(new PlanNotice(PlanNotice.Kind.CENTRE_OF_GRAVITY_ALONG_LENGTH,
                    Math.round(cog.lengthOffsetFraction() * container.lengthCm()),
                    Math.floor(settings.maxCogLengthOffset() * container.lengthCm())));
        }
        if (kg > 0 && !withinWidthLimit(cog, settings)) {
            notices.add(new PlanNotice(PlanNotice.Kind.CENTRE_OF_GRAVITY_ACROSS_WIDTH,
                    Math.round(cog.widthOffsetFraction() * container.widthCm()),
                    Math.floor(settings.maxCogWidthOffset() * container.widthCm())));
        }
        if (weightFill > 1) {
            notices.add(new PlanNotice(PlanNotice.Kind.OVER_PAYLOAD, kg, container.maxPayloadKg()));
        }
        return new LoadPlan(container, placements, unplaced, (double) volume / container.volumeCm3(), kg,
                weightFill, cog, notices);
    }

    static boolean withinLengthLimit(CentreOfGravity cog, PlannerSettings settings) {
        return Math.abs(cog.lengthOffsetFraction()) <= settings.maxCogLengthOffset();
    }

    static boolean withinWidthLimit(CentreOfGravity cog, PlannerSettings settings) {
        return Math.abs(cog.widthOffsetFraction()) <= settings.maxCogWidthOffset();
    }

    /** Weighted by mass; when nothing has a weight (benchmarks), by volume, as if density were uniform. */
    static CentreOfGravity centreOfGravity(ContainerSpace container, List<Placement> placements) {
        boolean byWeight = placements.stream().anyMatch(p -> p.item().weightKg() > 0);
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
