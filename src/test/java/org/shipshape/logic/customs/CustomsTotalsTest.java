package org.shipshape.logic.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.ContentLine;

class CustomsTotalsTest {
    private static ContentLine line(String netKg) {
        return CustomsFixture.line(1, "goods", "1", "pcs", Condition.NEW, "1.00", netKg, "6309.00", null);
    }

    @Property
    void grossSharesAlwaysAddUpToTheGrossWeight(@ForAll @IntRange(min = 1, max = 60_000_000) int grossGrams,
                                                @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 900_000) Integer> netGrams) {
        List<ContentLine> lines = new ArrayList<>();
        netGrams.forEach(g -> lines.add(line(g == 0 ? null : BigDecimal.valueOf(g, 3).toPlainString())));

        long[] shares = CustomsTotals.shareGross(grossGrams, lines);

        assertThat(Arrays.stream(shares).sum()).isEqualTo(grossGrams);
        assertThat(Arrays.stream(shares).allMatch(share -> share >= 0)).isTrue();
    }

    @Test
    void grossIsSharedInProportionToNetWeight() {
        long[] shares = CustomsTotals.shareGross(10_000, List.of(line("3.000"), line("1.000")));
        assertThat(shares).containsExactly(7_500, 2_500);
    }

    @Test
    void remaindersGoToTheLargestFractions() {
        long[] shares = CustomsTotals.shareGross(10, List.of(line("1.000"), line("1.000"), line("1.000")));
        assertThat(Arrays.stream(shares).sum()).isEqualTo(10);
        assertThat(shares).containsExactlyInAnyOrder(4, 3, 3);
    }

    @Test
    void weightsWhoseProductsPassTheRangeOfALongAreSharedExactlyToo() {
        // 3e12 g x 6e9 g is beyond a long: these lines are shared through BigInteger
        long gross = 3_000_000_000_000L;
        long[] shares = CustomsTotals.shareGross(gross, List.of(line("6000000.000"), line("3000000.000"),
                line("0.001")));
        assertThat(Arrays.stream(shares).sum()).isEqualTo(gross);
        assertThat(shares[0]).isEqualTo(2 * shares[1]);
        assertThat(shares[2]).isBetween(333L, 334L);
    }
}
