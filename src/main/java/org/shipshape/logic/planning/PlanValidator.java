package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.shipshape.model.common.Message;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;

/**
 * Checks a plan geometrically, independently of how it was made: inside the container, no overlaps, allowed
 * orientation, through the door, full support, marks and payload. Returns one message per violation.
 */
public final class PlanValidator {
    private final boolean fullSupport;

    public PlanValidator(boolean fullSupport) {
        this.fullSupport = fullSupport;
    }

    public List<Message> violations(LoadPlan plan) {
        return violations(plan.container(), plan.placements());
    }

    public List<Message> violations(ContainerSpace container, List<Placement> placements) {
        List<Message> violations = new ArrayList<>();
        double kg = 0;
        for (Placement p : placements) {
            kg += p.item().weightKg();
            checkInside(container, p, violations);
            checkOrientation(container, p, violations);
        }
        for (int i = 0; i < placements.size(); i++) {
            for (int j = i + 1; j < placements.size(); j++) {
                if (Geometry.overlap(placements.get(i), placements.get(j))) {
                    violations.add(Message.of("planning.violation.overlap", name(placements.get(i)),
                            name(placements.get(j))));
                }
            }
        }
        for (Placement upper : placements) {
            checkWhatItRestsOn(upper, placements, violations);
        }
        if (kg > container.maxPayloadKg()) {
            violations.add(Message.of("planning.violation.overPayload", tenths(kg),
                    tenths(container.maxPayloadKg())));
        }
        return violations;
    }

    private static void checkInside(ContainerSpace container, Placement p, List<Message> violations) {
        if (p.x() < 0 || p.y() < 0 || p.z() < 0 || p.xEnd() > container.lengthCm()
                || p.yEnd() > container.widthCm() || p.zEnd() > container.heightCm()) {
            violations.add(Message.of("planning.violation.outside", name(p)));
        }
    }

    private static void checkOrientation(ContainerSpace container, Placement p, List<Message> violations) {
        Cargo item = p.item();
        boolean allowed = false;
        for (int[] o : CargoType.orientationsOf(item)) {
            allowed |= o[0] == p.dx() && o[1] == p.dy() && o[2] == p.dz();
        }
        if (!allowed) {
            violations.add(Message.of("planning.violation.orientation", name(p), p.dx(), p.dy(), p.dz()));
        }
        if (LoadPlanner.usableOrientations(item, container).length == 0) {
            violations.add(Message.of("planning.violation.door", name(p)));
        }
    }

    private void checkWhatItRestsOn(Placement upper, List<Placement> placements, List<Message> violations) {
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
                violations.add(Message.of("planning.violation.doNotStack", name(upper), name(lower)));
            }
            if (lower.item().fragile() && upper.item().weightKg() > lower.item().weightKg()) {
                violations.add(Message.of("planning.violation.onFragile", name(upper), name(lower)));
            }
        }
        long base = (long) upper.dx() * upper.dy();
        if (fullSupport && upper.z() > 0 && supported < base) {
            violations.add(Message.of("planning.violation.support", name(upper), tenths(100.0 * supported / base)));
        }
    }

    private static Message name(Placement p) {
        return Message.of("planning.violation.box", p.item().label(), p.item().id(), p.x(), p.y(), p.z());
    }

    private static BigDecimal tenths(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
