package org.shipshape.model.planning;

import java.util.Objects;

/**
 * Where one item stands, in whole centimetres. The origin is the back-left corner of the floor:
 * x runs from the back wall towards the door, y across, z up. (dx, dy, dz) is the item's size as it stands.
 */
public record Placement(Cargo item, int x, int y, int z, int dx, int dy, int dz) {
    public Placement {
        Objects.requireNonNull(item, "item");
    }

    public int xEnd() {
        return x + dx;
    }

    public int yEnd() {
        return y + dy;
    }

    public int zEnd() {
        return z + dz;
    }

    public long volumeCm3() {
        return (long) dx * dy * dz;
    }
}
