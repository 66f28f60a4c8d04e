package org.shipshape.logic.planning;

import org.shipshape.bench.RealisticLoad;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.PlanNotice;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;

/** Real packages are each weighed: the planner must still build blocks of equal-sized boxes of different weight. */
class MixedWeightPlanningTest {
    /** Mostly bounded by width; the time limit only guards against a slow machine and is never asserted on. */
    private static final PlannerSettings QUICK = PlannerSettings.defaults().withTimeLimit(Duration.ofSeconds(4))
            .withMaxWidth(4);

    private static LoadPlan planValidly(ContainerSpace container, List<Cargo> items) {
        LoadPlan plan = new LoadPlanner(QUICK).plan(container, items, PlanningProgress.NONE);
        assertThat(new PlanValidator(true).violations(plan)).isEmpty();
        assertThat(plan.placements().size() + plan.unplaced().size()).isEqualTo(items.size());
        return plan;
    }

    @Test
    void realisticMixedLoadPlacesAlmostEveryPackage() {
        List<Cargo> items = RealisticLoad.packages(300, 42);

        LoadPlan plan = planValidly(RealisticLoad.HIGH_CUBE_40, items);

        assertThat(plan.placements().size()).isGreaterThanOrEqualTo(270);
    }

    @Test
    void partLoadBracedAtTheBackWallStaysThereWithoutWarning() {
        List<Cargo> items = RealisticLoad.packages(20, 42);

        LoadPlan plan = new LoadPlanner(QUICK.withBracedAtBackWall(true)).plan(RealisticLoad.HIGH_CUBE_40, items,
                PlanningProgress.NONE);

        assertThat(new PlanValidator(true).violations(plan)).isEmpty();
        assertThat(plan.placements()).hasSize(20);
        int reach = plan.placements().stream().mapToInt(p -> p.x() + p.dx()).max().orElseThrow();
        assertThat(reach).isLessThanOrEqualTo(300);
        assertThat(plan.placements()).anySatisfy(p -> assertThat(p.x()).isZero());
        assertThat(plan.notices()).isEmpty();
    }

    @Test
    void partLoadNotBracedMovesTowardsTheMiddleInsteadOfWarningAboutItsOwnPlace() {
        List<Cargo> items = RealisticLoad.packages(20, 42);

        LoadPlan plan = planValidly(RealisticLoad.HIGH_CUBE_40, items);

        assertThat(plan.placements()).hasSize(20);
        assertThat(plan.warnings()).isEmpty();
        assertThat(Math.abs(plan.centreOfGravity().lengthOffsetFraction()))
                .isLessThanOrEqualTo(PlannerSettings.DEFAULT_COG_LENGTH_OFFSET);
        int start = plan.placements().stream().mapToInt(Placement::x).min().orElseThrow();
        assertThat(start).isPositive();
        assertThat(plan.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(PlanNotice.Kind.LOAD_STARTS_AWAY_FROM_BACK_WALL);
            assertThat(n.value()).isEqualTo(start);
        });
    }

    @Test
    void roomLeftByAPartLoadTakesManyMoreBoxes() {
        LoadPlan plan = planValidly(RealisticLoad.HIGH_CUBE_40, RealisticLoad.packages(20, 42));

        // About 1,500 boxes of 50 x 40 x 25 cm fill the free room; the first greedy fill alone finds most.
        int more = ShipmentPlanning.howManyMoreFit(plan, 50, 40, 25, new BigDecimal("10"), Duration.ofSeconds(1));

        assertThat(more).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void fragileBoxesOfOneSizeButDifferentWeightsCarryOnlyLighterOnes() {
        Random random = new Random(7);
        List<Cargo> items = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            items.add(new Cargo("g" + i, "Glass " + i, "glass", 50, 50, 50, 5 + random.nextInt(250) / 10.0,
                    EnumSet.of(CargoAxis.HEIGHT), false, true));
        }

        LoadPlan plan = planValidly(ContainerSpace.openBox(200, 150, 150), items);

        // 4 x 3 x 3 positions: every box fits only if fragile boxes carry each other, lighter on heavier.
        assertThat(plan.placements()).hasSize(36);
        for (Placement upper : plan.placements()) {
            for (Placement lower : plan.placements()) {
                if (lower.zEnd() == upper.z() && Geometry.footprintsOverlap(lower, upper)) {
                    assertThat(upper.item().weightKg()).isLessThanOrEqualTo(lower.item().weightKg());
                }
            }
        }
    }

    @Test
    void payloadCountsEachBoxAtItsOwnWeightTakingTheLightestFirst() {
        Random random = new Random(11);
        List<Cargo> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(Cargo.anyWayUp("b" + i, "Box " + i, "box", 50, 50, 50, 10 + random.nextInt(200) / 10.0));
        }
        double payload = 300;
        List<Double> lightestFirst = items.stream().map(Cargo::weightKg).sorted().toList();
        int fitUnderPayload = 0;
        double kg = 0;
        while (kg + lightestFirst.get(fitUnderPayload) <= payload) {
            kg += lightestFirst.get(fitUnderPayload++);
        }

        LoadPlan plan = planValidly(new ContainerSpace(400, 200, 200, 200, 200, payload), items);

        assertThat(plan.loadedKg()).isLessThanOrEqualTo(payload);
        assertThat(plan.placements()).hasSize(fitUnderPayload);
    }
}
