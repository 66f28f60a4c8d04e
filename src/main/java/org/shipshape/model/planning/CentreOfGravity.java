package org.shipshape.model.planning;

/**
 * Centre of gravity of the load in centimetres (same axes as {@link Placement}), and how far it lies
 * from the middle of the floor as a fraction of the container's length and width (0 = centred).
 */
public record CentreOfGravity(double xCm, double yCm, double zCm, double lengthOffsetFraction,
                              double widthOffsetFraction) {
    public static final CentreOfGravity EMPTY = new CentreOfGravity(0, 0, 0, 0, 0);
}
