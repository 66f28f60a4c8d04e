package org.shipshape.logic.planning;

import java.util.List;

/**
 * What the search works on: the container as a cuboid, the payload and the box types with their counts.
 *
 * @param fromBackWall fill from the back wall (x = 0) towards the door only, instead of from both ends: for
 *                     part loads, which people load from the back wall forward with no gap in the middle
 */
record Instance(int length, int width, int height, double payloadKg, List<CargoType> types, boolean fullSupport,
                boolean fromBackWall) {
    Instance {
        types = List.copyOf(types);
    }

    /** True when some box has a weight: then balance is by weight, otherwise by volume. */
    boolean weighted() {
        for (CargoType type : types) {
            if (type.heaviestKg > 0) {
                return true;
            }
        }
        return false;
    }

    int[] size() {
        return new int[] {length, width, height};
    }
}
