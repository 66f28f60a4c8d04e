package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;

/**
 * Checks a plan geometrically, independently of how it was made: inside the container, no overlaps, allowed
 * orientation, through the door, full support, marks and payload. Returns one sentence per violation.
 */
public final class PlanValidator {
    private final boolean fullSupport;

    public PlanValidator(boolean fullSupport) {
        this.fullSupport = fullSupport;
    }

    public List<String> violations(LoadPlan plan) {
        return violations(plan.container(), plan.placements());
    }

    public List<String> violations(ContainerSpace container, List<Placement> placements) {
        List<String> violations = new ArrayList<>();
        double kg = 0;
        for (Placement p : placements) {
            kg += p.item().weightKg();
            checkInside(container, p, violations);
            checkOrientation(container, p, violations);
        }
        for (int i = 0; i < placements.size(); i++) {
            for (int j = i + 1; j < placements.size(); j++) {
                if (Geometry.overlap(placements.get(i), placements.get(j))) {
                    violations.add(name(placements.get(i)) + " overlaps " + name(placements.get(j)) + ".");
                }
            }
        }
        for (Placement upper : placements) {
            checkWhatItRestsOn(upper, placements, violations);
        }
        if (kg > container.maxPayloadKg()) {
            violations.add(String.format(Locale.ROOT, "The load weighs %.1f kg, more than the payload of %.1f kg.",
                    kg, container.maxPayloadKg()));
        }
        return violations;
    }

    private static void checkInside(ContainerSpace container, Placement p, List<String> violations) {
        if (p.x() < 0 || p.y() < 0 || p.z() < 0 || p.xEnd() > container.lengthCm()
                || p.yEnd() > container.widthCm() || p.zEnd() > container.heightCm()) {
            violations.add(name(p) + " sticks out of the container.");
        }
    }

    private static void checkOrientation(ContainerSpace container, Placement p, List<String> violations) {
        Cargo item = p.item();
        boolean allowed = false;
        for (int[] o : CargoType.orientationsOf(item)) {
            allowed |= o[0] == p.dx() && o[1] == p.dy() && o[2] == p.dz();
        }
        if (!allowed) {
            violations.add(name(p) + " stands as " + p.dx() + " x " + p.dy() + " x " + p.dz()
                    + " cm, which its size and marks do not allow.");
        }
        if (LoadPlanner.usableOrientations(item, container).length == 0) {
            violations.add(name(p) + " cannot pass the door.");
        }
    }

    private void checkWhatItRestsOn(Placement upper, List<Placement> placements, List<String> violations) {
        long supported = 0;
        for (Placement lower : placements) {
            if (lower == upper || lower.zEnd() != upper.z()) {
                continue;
            }
            long area = Geometry.footprintOverlapArea(lower, upper);
            if (area == 0) {
                continue;
            }
            supported += area;
            if (lower.item().doNotStack()) {
                violations.add(name(upper) + " stands on " + name(lower) + ", which is marked do not stack.");
            }
            if (lower.item().fragile() && upper.item().weightKg() > lower.item().weightKg()) {
                violations.add(name(upper) + " is heavier than the fragile " + name(lower) + " it stands on.");
            }
        }
        long base = (long) upper.dx() * upper.dy();
        if (fullSupport && upper.z() > 0 && supported < base) {
            violations.add(String.format(Locale.ROOT, "%s is supported on only %.1f %% of its base.", name(upper),
                    100.0 * supported / base));
        }
    }

    private static String name(Placement p) {
        return p.item().label() + " (" + p.item().id() + ") at " + p.x() + "," + p.y() + "," + p.z();
    }
}
