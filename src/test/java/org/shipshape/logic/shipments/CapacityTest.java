package org.shipshape.logic.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.packing.BoxSize;
import static org.shipshape.logic.text.Texts.english;
import static org.shipshape.logic.text.Texts.french;

class CapacityTest {
    static final ContainerType TWENTY = new ContainerType("20GP", "20 ft", 5898, 2352, 2393, 2343, 2280,
            new BigDecimal("28200"));

    static ShipmentPackage box(int l, int w, int h, String kg) {
        Dimensions d = new Dimensions(l, w, h);
        return new ShipmentPackage(new Package(1, "B", PackageKind.BOX, 1L, null, d, new BigDecimal(kg), Set.of(),
                PackageStatus.LOADED, null, Instant.now()), List.of(), "", "", BigDecimal.ZERO, d.volumeM3());
    }

    static Capacity capacity(List<ShipmentPackage> loaded) {
        return Capacity.of(TWENTY, loaded, 100, Capacity.DEFAULT_USABLE_SHARE, Capacity.DEFAULT_WARNING_SHARE);
    }

    @Test
    void sharesAreOfInsideVolumeUsableVolumeAndPayload() {
        Capacity c = capacity(Collections.nCopies(50, box(100, 100, 28, "282")));

        assertThat(c.volumeM3()).isEqualByComparingTo("14");
        assertThat(c.insideVolumeM3()).isEqualByComparingTo("33.195925728");
        assertThat(c.usableVolumeM3()).isEqualByComparingTo("28.217");
        assertThat(c.volumeShareOfUsable()).isCloseTo(14 / 28.217, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.weightShare()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.countShare()).isEqualTo(0.5);
        assertThat(c.level()).isEqualTo(Capacity.Level.OK);
        assertThat(c.warning()).isEmpty();
    }

    @Test
    void aWarningShowsFromNinetyPercentOfTheUsableVolume() {
        Capacity nearly = capacity(Collections.nCopies(26, box(100, 100, 100, "10")));
        Capacity over = capacity(Collections.nCopies(29, box(100, 100, 100, "10")));

        assertThat(nearly.level()).isEqualTo(Capacity.Level.NEAR_FULL);
        assertThat(english(nearly.warning())).hasValueSatisfying(w -> assertThat(w)
                .startsWith("Nearly full: 92% of the usable volume"));
        assertThat(french(nearly.warning().orElseThrow())).startsWith("Presque plein : 92\u00a0% du volume utile");
        assertThat(over.level()).isEqualTo(Capacity.Level.OVER);
        assertThat(english(over.warning())).hasValueSatisfying(w -> assertThat(w).startsWith("Over the usable volume"));
    }

    @Test
    void moreBoxesThatFitIsTheFreeUsableVolumeOverTheBoxVolume() {
        Capacity c = capacity(Collections.nCopies(20, box(100, 100, 100, "10")));
        BoxSize medium = new BoxSize("M", "Medium", new Dimensions(60, 40, 40));
        BoxSize tooTall = new BoxSize("T", "Too tall", new Dimensions(300, 300, 300));

        List<CapacityEstimator.BoxFit> fits = CapacityEstimator.moreBoxesThatFit(c, List.of(medium, tooTall));

        assertThat(fits.get(0).count()).isEqualTo(85); // (28.217 - 20) / 0.096 = 85.58
        assertThat(fits.get(1).count()).isZero();
    }
}
