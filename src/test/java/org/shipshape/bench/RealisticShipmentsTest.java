package org.shipshape.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.planning.LoadPlanner;
import org.shipshape.logic.planning.PlanValidator;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningProgress;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.PlanNotice;

class RealisticShipmentsTest {
    /** Bounded by work, so the plans are the same on any machine. */
    private static final PlannerSettings SETTINGS = PlannerSettings.defaults().withWorkBudget(5_000)
            .withTimeLimit(Duration.ofMinutes(5));

    @Test
    void everyCharityShipmentIsPlannedValidlyAndKeepsItsMarks() {
        for (RealisticLoad.CharityShipment shipment : RealisticLoad.charityShipments()) {
            LoadPlan plan = new LoadPlanner(SETTINGS).plan(shipment.container(), shipment.packages(),
                    PlanningProgress.NONE);

            assertThat(new PlanValidator(true).violations(plan)).as(shipment.name()).isEmpty();
            assertThat(plan.placements().size() + plan.unplaced().size()).as(shipment.name())
                    .isEqualTo(shipment.packages().size());
            assertThat(plan.placements()).as(shipment.name()).isNotEmpty()
                    .filteredOn(p -> p.item().thisSideUp())
                    .allSatisfy(p -> assertThat(p.dz()).isEqualTo(p.item().heightCm()));
            // A plan never warns about a place it chose for a part load.
            if (plan.volumeFill() < 0.5) {
                assertThat(plan.placements()).hasSize(shipment.packages().size());
                assertThat(plan.notices()).noneMatch(PlanNotice::isWarning);
            } else {
                assertThat(plan.volumeFill()).as(shipment.name()).isGreaterThan(0.85);
            }
        }
    }

    @Test
    void theSetHasEveryKindOfPackageACharitySends() {
        var all = RealisticLoad.charityShipments().stream().flatMap(s -> s.packages().stream()).toList();

        assertThat(all).anySatisfy(c -> assertThat(c.label()).startsWith("pallet"))
                .anySatisfy(c -> assertThat(c.label()).startsWith("bale"))
                .anySatisfy(c -> assertThat(c.label()).startsWith("sofa"))
                .anySatisfy(c -> assertThat(c.label()).startsWith("fridge"))
                .anySatisfy(c -> assertThat(c.doNotStack()).isTrue())
                .anySatisfy(c -> assertThat(c.thisSideUp()).isTrue());
    }
}
