package org.shipshape.model.planning;

/**
 * The usable inside of a container in whole centimetres, the door opening, and the payload.
 * Items go in through the door along the length, so an item must pass the door with its width and height.
 *
 * @param maxPayloadKg {@link Double#POSITIVE_INFINITY} when weight does not matter (benchmarks)
 */
public record ContainerSpace(int lengthCm, int widthCm, int heightCm, int doorWidthCm, int doorHeightCm,
                             double maxPayloadKg) {
    public ContainerSpace {
        if (lengthCm <= 0 || widthCm <= 0 || heightCm <= 0 || doorWidthCm <= 0 || doorHeightCm <= 0) {
            throw new IllegalArgumentException("Container sizes must be positive: " + lengthCm + "x" + widthCm
                    + "x" + heightCm + " cm, door " + doorWidthCm + "x" + doorHeightCm + " cm");
        }
        if (!(maxPayloadKg > 0)) {
            throw new IllegalArgumentException("Container payload must be positive, not " + maxPayloadKg);
        }
    }

    /** A container whose door is as large as its inside and whose payload is unlimited. */
    public static ContainerSpace openBox(int lengthCm, int widthCm, int heightCm) {
        return new ContainerSpace(lengthCm, widthCm, heightCm, widthCm, heightCm, Double.POSITIVE_INFINITY);
    }

    public long volumeCm3() {
        return (long) lengthCm * widthCm * heightCm;
    }
}
