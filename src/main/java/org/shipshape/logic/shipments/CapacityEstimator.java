package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.packing.BoxSize;

/**
 * Estimates how many more boxes of each standard size still fit. For now a volumetric estimate against the
 * usable volume; a 3D load planner can replace {@link #moreBoxesThatFit} without changing its callers.
 */
public final class CapacityEstimator {
    /** How many more boxes of one size fit. */
    public record BoxFit(BoxSize size, int count) {
    }

    private CapacityEstimator() {
    }

    /**
     * For each size: the free usable volume divided by the box volume, rounded down; zero when the box is larger
     * than the container's inside in any orientation or when nothing is free.
     */
    public static List<BoxFit> moreBoxesThatFit(Capacity capacity, List<BoxSize> sizes) {
        List<BoxFit> result = new ArrayList<>(sizes.size());
        BigDecimal free = capacity.usableVolumeM3().subtract(capacity.volumeM3());
        for (BoxSize size : sizes) {
            int count = 0;
            if (free.signum() > 0 && capacity.containerType() != null && fitsInside(size, capacity.containerType())
                    && size.dimensions().volumeM3().signum() > 0) {
                count = free.divide(size.dimensions().volumeM3(), 0, RoundingMode.DOWN).intValue();
            }
            result.add(new BoxFit(size, count));
        }
        return result;
    }

    private static boolean fitsInside(BoxSize size, ContainerType type) {
        int[] box = sorted(size.dimensions().lengthCm() * 10, size.dimensions().widthCm() * 10,
                size.dimensions().heightCm() * 10);
        int[] inside = sorted(type.insideLengthMm(), type.insideWidthMm(), Math.min(type.insideHeightMm(),
                type.doorHeightMm()));
        return box[0] <= inside[0] && box[1] <= inside[1] && box[2] <= inside[2];
    }

    private static int[] sorted(int a, int b, int c) {
        int[] values = {a, b, c};
        java.util.Arrays.sort(values);
        return values;
    }
}
