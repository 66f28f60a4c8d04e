package org.shipshape.bench;

import org.shipshape.logic.planning.LoadPlanner;
import org.shipshape.logic.planning.PlanValidator;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningProgress;
import org.shipshape.logic.planning.ShipmentPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.model.planning.Cargo;

class RealisticLoadTest {
    @Test
    void sameSeedGivesTheSamePackagesWithMarksAndVaryingWeights() {
        List<Cargo> first = RealisticLoad.packages(1500, 42);

        assertThat(first).hasSize(1500).isEqualTo(RealisticLoad.packages(1500, 42));
        assertThat(first).extracting(Cargo::id).doesNotHaveDuplicates();
        assertThat(first).anySatisfy(item -> assertThat(item.doNotStack()).isTrue())
                .anySatisfy(item -> assertThat(item.thisSideUp()).isTrue())
                .anySatisfy(item -> assertThat(item.category()).isEqualTo("Worn clothing"));
        assertThat(first.stream().map(Cargo::weightKg).distinct().count()).isGreaterThan(100);
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
