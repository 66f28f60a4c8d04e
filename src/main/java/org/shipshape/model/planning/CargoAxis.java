package org.shipshape.model.planning;

/** One of the three sides of an item as it was measured; used to say which side may point up. */
public enum CargoAxis {
    LENGTH, WIDTH, HEIGHT
}
