package org.shipshape.logic.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.shipping.ContainerType;
import org.shipshape.model.shipping.StandardBoxSize;

/**
 * Estimates how many more boxes of each standard size still fit. For now a volumetric estimate against the
 * usable volume; a 3D load planner can replace {@link #moreBoxesThatFit} without changing its callers.
 */
public final class CapacityEstimator {
    /** How many more boxes of one size fit. */
    public record BoxFit(StandardBoxSize size, int count) {
    }

    private CapacityEstimator() {
    }

    /**
     * For each size: the free usable volume divided by the box volume, rounded down; zero when the box is larger
     * than the container's inside in any orientation or when nothing is free.
     */
    public static List<BoxFit> moreBoxesThatFit(Capacity capacity, List<StandardBoxSize> sizes) {
        List<BoxFit> result = new ArrayList<>(sizes.size());
        BigDecimal free = capacity.usableVolumeM3().subtract(capacity.volumeM3());
        for (StandardBoxSize size : sizes) {
            int count = 0;
            if (free.signum() > 0 && capacity.containerType() != null && fitsInside(size, capacity.containerType())
                    && size.volumeM3().signum() > 0) {
                count = free.divide(size.volumeM3(), 0, RoundingMode.DOWN).intValue();
            }
            result.add(new BoxFit(size, count));
        }
        return result;
    }

    private static boolean fitsInside(StandardBoxSize size, ContainerType type) {
        int[] box = sorted(size.lengthCm() * 10, size.widthCm() * 10, size.heightCm() * 10);
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
