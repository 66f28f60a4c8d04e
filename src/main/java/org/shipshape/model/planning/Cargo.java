package org.shipshape.model.planning;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One physical package to be loaded. All sizes are whole centimetres, as packages are measured.
 *
 * @param id             unique key (package number, or "type#copy" for benchmark boxes)
 * @param label          what a loader reads
 * @param category       key used to colour items of the same kind alike
 * @param mayBeVertical  which measured sides may point up; {@code {HEIGHT}} alone means "this side up"
 * @param doNotStack     nothing may rest on top of it
 * @param fragile        nothing heavier than the item itself may rest on top of it
 */
public record Cargo(String id, String label, String category, int lengthCm, int widthCm, int heightCm,
                       double weightKg, Set<CargoAxis> mayBeVertical, boolean doNotStack, boolean fragile) {
    public Cargo {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        category = category == null ? "" : category;
        if (lengthCm <= 0 || widthCm <= 0 || heightCm <= 0) {
            throw new IllegalArgumentException("Item " + id + " needs a positive size, not "
                    + lengthCm + "x" + widthCm + "x" + heightCm + " cm");
        }
        if (!(weightKg >= 0) || Double.isInfinite(weightKg)) {
            throw new IllegalArgumentException("Item " + id + " needs a weight of 0 kg or more, not " + weightKg);
        }
        if (mayBeVertical == null || mayBeVertical.isEmpty()) {
            throw new IllegalArgumentException("Item " + id + " needs at least one side that may point up");
        }
        mayBeVertical = Set.copyOf(mayBeVertical);
    }

    /** An item that may be turned every way. */
    public static Cargo anyWayUp(String id, String label, String category, int lengthCm, int widthCm,
                                    int heightCm, double weightKg) {
        return new Cargo(id, label, category, lengthCm, widthCm, heightCm, weightKg,
                EnumSet.allOf(CargoAxis.class), false, false);
    }

    /** True when only turning about the vertical axis is allowed (marked "this side up"). */
    public boolean thisSideUp() {
        return mayBeVertical.equals(Set.of(CargoAxis.HEIGHT));
    }

    public int size(CargoAxis axis) {
        return switch (axis) {
            case LENGTH -> lengthCm;
            case WIDTH -> widthCm;
            case HEIGHT -> heightCm;
        };
    }

    public long volumeCm3() {
        return (long) lengthCm * widthCm * heightCm;
    }
}
