package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.model.planning.PlanItem;

class RealisticLoadTest {
    @Test
    void sameSeedGivesTheSamePackagesWithMarksAndVaryingWeights() {
        List<PlanItem> first = RealisticLoad.packages(1500, 42);

        assertThat(first).hasSize(1500).isEqualTo(RealisticLoad.packages(1500, 42));
        assertThat(first).extracting(PlanItem::id).doesNotHaveDuplicates();
        assertThat(first).anySatisfy(item -> assertThat(item.doNotStack()).isTrue())
                .anySatisfy(item -> assertThat(item.thisSideUp()).isTrue())
                .anySatisfy(item -> assertThat(item.category()).isEqualTo("Worn clothing"));
        assertThat(first.stream().map(PlanItem::weightKg).distinct().count()).isGreaterThan(100);
    }

    @Test
    void smallLoadPlansValidlyAndWrapsAsAShipmentPlan() {
        var plan = new LoadPlanner(PlannerSettings.defaults().withTimeLimit(Duration.ofMillis(500)))
                .plan(RealisticLoad.HIGH_CUBE_40, RealisticLoad.packages(40, 7), PlanningProgress.NONE);

        ShipmentPlan shipmentPlan = RealisticLoad.shipmentPlan(plan);

        assertThat(new PlanValidator(true).violations(plan)).isEmpty();
        assertThat(shipmentPlan.categories()).isSorted().doesNotHaveDuplicates()
                .containsAll(plan.placements().stream().map(p -> p.item().category()).distinct().toList());
    }
}
