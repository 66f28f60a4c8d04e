package org.shipshape.logic.planning;

import java.util.List;

/** What the search works on: the container as a cuboid, the payload and the box types with their counts. */
record Instance(int length, int width, int height, double payloadKg, List<BoxType> types, boolean fullSupport) {
    Instance {
        types = List.copyOf(types);
    }

    int[] size() {
        return new int[] {length, width, height};
    }
}
