package org.shipshape.logic.planning;

import org.shipshape.model.planning.Placement;

/** Small geometric facts about placements, shared by the planner and the validator. */
final class Geometry {
    private Geometry() {
    }

    static boolean footprintsOverlap(Placement a, Placement b) {
        return footprintOverlapArea(a, b) > 0;
    }

    static long footprintOverlapArea(Placement a, Placement b) {
        long overlapX = Math.min(a.xEnd(), b.xEnd()) - (long) Math.max(a.x(), b.x());
        long overlapY = Math.min(a.yEnd(), b.yEnd()) - (long) Math.max(a.y(), b.y());
        return overlapX > 0 && overlapY > 0 ? overlapX * overlapY : 0;
    }

    static boolean overlap(Placement a, Placement b) {
        return footprintsOverlap(a, b) && a.z() < b.zEnd() && b.z() < a.zEnd();
    }
}
