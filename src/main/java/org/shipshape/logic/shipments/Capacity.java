package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.ContainerType;

/**
 * How full a shipment's container is: volume against the inside volume and the usable share of it, gross weight
 * against the payload, packages loaded of the shipment's total.
 *
 * @param usableShare  share of the inside volume hand-loaded cargo really uses, such as 0.85
 * @param warningShare share of the usable volume or payload from which a warning shows, such as 0.90
 */
public record Capacity(ContainerType containerType, BigDecimal volumeM3, BigDecimal grossKg, int loaded, int total,
                       BigDecimal usableShare, BigDecimal warningShare) {
    public static final BigDecimal DEFAULT_USABLE_SHARE = new BigDecimal("0.85");
    public static final BigDecimal DEFAULT_WARNING_SHARE = new BigDecimal("0.90");

    public enum Level { OK, NEAR_FULL, OVER }

    /** Sums the loaded packages; {@code total} is the number of packages of the shipment. */
    public static Capacity of(ContainerType type, Collection<ShipmentPackage> loadedPackages, int total,
                              BigDecimal usableShare, BigDecimal warningShare) {
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        for (ShipmentPackage p : loadedPackages) {
            volume = volume.add(p.volumeM3());
            gross = gross.add(p.grossKg());
        }
        return new Capacity(type, volume, gross, loadedPackages.size(), total, usableShare, warningShare);
    }

    public BigDecimal insideVolumeM3() {
        return containerType == null ? BigDecimal.ZERO : containerType.insideVolumeM3();
    }

    public BigDecimal usableVolumeM3() {
        return insideVolumeM3().multiply(usableShare).setScale(3, RoundingMode.HALF_UP);
    }

    public BigDecimal payloadKg() {
        return containerType == null ? BigDecimal.ZERO : containerType.maxPayloadKg();
    }

    /** 0..1 (more when overfilled) of the inside volume. */
    public double volumeShareOfInside() {
        return share(volumeM3, insideVolumeM3());
    }

    public double volumeShareOfUsable() {
        return share(volumeM3, usableVolumeM3());
    }

    public double weightShare() {
        return share(grossKg, payloadKg());
    }

    public double countShare() {
        return total == 0 ? 0 : (double) loaded / total;
    }

    public Level level() {
        if (containerType == null) {
            return Level.OK;
        }
        if (volumeM3.compareTo(usableVolumeM3()) > 0 || grossKg.compareTo(payloadKg()) > 0) {
            return Level.OVER;
        }
        double warn = warningShare.doubleValue();
        return volumeShareOfUsable() >= warn || weightShare() >= warn ? Level.NEAR_FULL : Level.OK;
    }

    /** What the coordinator should know when the container is nearly or over full; empty otherwise. */
    public Optional<Message> warning() {
        return switch (level()) {
            case OK -> Optional.empty();
            case NEAR_FULL -> Optional.of(Message.of("shipments.capacity.nearlyFull", volumeShareOfUsable(),
                    weightShare()));
            case OVER -> Optional.of(volumeM3.compareTo(usableVolumeM3()) > 0
                    ? Message.of("shipments.capacity.overVolume", volumeM3, usableVolumeM3())
                    : Message.of("shipments.capacity.overPayload", grossKg, payloadKg()));
        };
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
    }
}
