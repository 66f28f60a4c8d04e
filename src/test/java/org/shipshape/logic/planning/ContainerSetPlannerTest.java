package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shipshape.bench.RealisticLoad;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.Placement;

class ContainerSetPlannerTest {
    /** Bounded by work, not time, so the plan is the same on any machine. */
    private static final PlannerSettings QUICK = PlannerSettings.defaults().withTimeLimit(Duration.ofMinutes(5))
            .withWorkBudget(20_000);
    private static final ContainerSetPlanner.Choice HIGH_CUBE = new ContainerSetPlanner.Choice("40HC",
            "40 ft high cube", RealisticLoad.HIGH_CUBE_40, 76);
    private static final ContainerSetPlanner.Choice FORTY = new ContainerSetPlanner.Choice("40GP", "40 ft standard",
            RealisticLoad.STANDARD_40, 67);
    private static final ContainerSetPlanner.Choice TWENTY = new ContainerSetPlanner.Choice("20GP", "20 ft standard",
            RealisticLoad.STANDARD_20, 33);

    /** 1,400 realistic packages: about 85 m3, more than a 40 ft high cube holds. */
    private static List<Cargo> packages;
    private static List<List<Cargo>> groups;
    private static List<Cargo> free;
    private static ContainerSetPlanner.Result auto;

    @BeforeAll
    static void planAnOverflowingShipment() {
        packages = RealisticLoad.packages(1_400, 11);
        groups = List.of(packages.subList(0, 6), packages.subList(100, 104), packages.subList(700, 712));
        free = new ArrayList<>(packages);
        groups.forEach(g -> free.removeAll(g));
        auto = new ContainerSetPlanner(QUICK).planAuto(List.of(HIGH_CUBE, FORTY, TWENTY), free, groups,
                PlanningProgress.NONE);
    }

    @Test
    void aShipmentThatOverflowsAFortyFootHighCubeGetsTwoContainersAndEveryPackageIsLoaded() {
        long volume = packages.stream().mapToLong(Cargo::volumeCm3).sum();
        assertThat(volume).isGreaterThan(RealisticLoad.HIGH_CUBE_40.volumeCm3());

        assertThat(auto.containers()).hasSize(2);
        assertThat(auto.unplaced()).isEmpty();
        assertThat(auto.containers().stream().mapToInt(c -> c.plan().placements().size()).sum())
                .isEqualTo(packages.size());
    }

    @Test
    void ofTheMixesOfTwoTheCheapestThatTakesEverythingIsChosen() {
        List<List<ContainerSetPlanner.Choice>> cheaper = ContainerSetPlanner.mixes(List.of(HIGH_CUBE, FORTY, TWENTY),
                2).stream().filter(mix -> mix.stream().mapToDouble(ContainerSetPlanner.Choice::cost).sum()
                < auto.totalCost()).toList();

        assertThat(auto.totalCost()).isLessThan(2 * HIGH_CUBE.cost());
        for (List<ContainerSetPlanner.Choice> mix : cheaper) {
            ContainerSetPlanner.Result tried = new ContainerSetPlanner(QUICK).planInto(mix, free, groups,
                    PlanningProgress.NONE);
            assertThat(tried.unplaced()).as("the cheaper mix %s", mix.stream()
                    .map(ContainerSetPlanner.Choice::code).toList()).isNotEmpty();
        }
    }

    @Test
    void travelTogetherGroupsStayInOneContainer() {
        Map<Cargo, Integer> containerOf = new IdentityHashMap<>();
        for (int i = 0; i < auto.containers().size(); i++) {
            for (Placement p : auto.containers().get(i).plan().placements()) {
                containerOf.put(p.item(), i);
            }
        }
        for (List<Cargo> group : groups) {
            assertThat(group).allSatisfy(item -> assertThat(containerOf).containsKey(item));
            assertThat(group.stream().map(containerOf::get).distinct()).hasSize(1);
        }
    }

    @Test
    void eachContainersPlanPassesTheValidatorWithinItsPayload() {
        for (ContainerSetPlanner.Filled filled : auto.containers()) {
            assertThat(new PlanValidator(true).violations(filled.plan())).as(filled.choice().code()).isEmpty();
            assertThat(filled.plan().container()).isEqualTo(filled.choice().space());
            assertThat(filled.plan().loadedKg()).isLessThanOrEqualTo(filled.choice().space().maxPayloadKg());
        }
    }

    @Test
    void aLoadThatFitsOneContainerGetsOneEvenWhenTwoSmallerOnesCostLess() {
        List<Cargo> small = RealisticLoad.packages(700, 12);
        long volume = small.stream().mapToLong(Cargo::volumeCm3).sum();
        assertThat(volume).isGreaterThan(RealisticLoad.STANDARD_20.volumeCm3());

        ContainerSetPlanner.Result result = new ContainerSetPlanner(QUICK).planAuto(
                List.of(HIGH_CUBE, FORTY, new ContainerSetPlanner.Choice("20GP", "20 ft", RealisticLoad.STANDARD_20,
                        10)), small, List.of(), PlanningProgress.NONE);

        assertThat(result.containers()).extracting(f -> f.choice().code()).containsExactly("40GP");
        assertThat(result.unplaced()).isEmpty();
    }

    @Test
    void aGivenListIsFilledInOrderAndWhatDoesNotFitIsListed() {
        ContainerSetPlanner.Result result = new ContainerSetPlanner(QUICK).planInto(List.of(TWENTY), free, groups,
                PlanningProgress.NONE);

        assertThat(result.containers()).singleElement().satisfies(f -> {
            assertThat(f.choice().code()).isEqualTo("20GP");
            assertThat(new PlanValidator(true).violations(f.plan())).isEmpty();
        });
        assertThat(result.unplaced()).isNotEmpty();
        assertThat(result.containers().get(0).plan().placements().size() + result.unplaced().size())
                .isEqualTo(packages.size());
    }
}
