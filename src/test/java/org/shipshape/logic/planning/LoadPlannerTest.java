package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.shipshape.logic.planning.BrInstanceReader.BrInstance;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.PlanNotice;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.UnplacedCargo;
import org.shipshape.model.planning.UnplacedReason;
import org.shipshape.model.shipments.ContainerType;

class LoadPlannerTest {
    /** Bounded by width, not time, so results do not depend on the machine. */
    private static final PlannerSettings QUICK = PlannerSettings.defaults().withTimeLimit(Duration.ofSeconds(20))
            .withMaxWidth(8);
    private static final ContainerType TWENTY_FOOT = new ContainerType("20DV", "20 ft dry", 5898, 2352, 2393, 2340,
            2280, new BigDecimal("28000"));

    private final LoadPlanner planner = new LoadPlanner(QUICK);

    private static LoadPlan planValidly(LoadPlanner planner, ContainerSpace container, List<Cargo> items) {
        LoadPlan plan = planner.plan(container, items, PlanningProgress.NONE);
        assertThat(new PlanValidator(true).violations(plan)).isEmpty();
        assertThat(plan.placements().size() + plan.unplaced().size()).isEqualTo(items.size());
        return plan;
    }

    private static Package pkg(String number, PackageKind kind, int l, int w, int h, String kg,
                                 HandlingMark... marks) {
        return new Package(0, number, kind, 1L, null, new Dimensions(l, w, h), new BigDecimal(kg),
                marks.length == 0 ? java.util.Set.of() : EnumSet.of(marks[0], marks), PackageStatus.SEALED, "test",
                null);
    }

    @Test
    void fillsAContainerExactlyWithIdenticalBoxes() {
        List<Cargo> items = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            items.add(Cargo.anyWayUp("b" + i, "Box " + i, "box", 50, 50, 50, 10));
        }

        LoadPlan plan = planValidly(planner, ContainerSpace.openBox(200, 150, 100), items);

        assertThat(plan.unplaced()).isEmpty();
        assertThat(plan.volumeFill()).isEqualTo(1.0);
    }

    @Test
    void shipmentWithMarksKeepsSofaFreeAndUprightBoxesUpright() {
        List<Package> packages = new ArrayList<>();
        packages.add(pkg("SOFA-1", PackageKind.PIECE, 200, 90, 80, "60", HandlingMark.DO_NOT_STACK));
        for (int i = 0; i < 30; i++) {
            packages.add(pkg("UP-" + i, PackageKind.BOX, 60, 40, 45, "18", HandlingMark.THIS_SIDE_UP));
        }
        for (int i = 0; i < 40; i++) {
            packages.add(pkg("BOX-" + i, PackageKind.BOX, 50, 40, 30, "12"));
        }
        for (int i = 0; i < 10; i++) {
            packages.add(pkg("BALE-" + i, PackageKind.BALE, 80, 60, 50, "45"));
        }
        packages.add(pkg("GLASS-1", PackageKind.BOX, 60, 60, 40, "8", HandlingMark.FRAGILE));
        ShipmentPlanning.Input input = ShipmentPlanning.input(TWENTY_FOOT, packages);
        ContainerSpace container = input.container();

        LoadPlan plan = planValidly(planner, container, input.items());

        assertThat(plan.unplaced()).isEmpty();
        Placement sofa = plan.placements().stream().filter(p -> p.item().id().equals("SOFA-1")).findFirst()
                .orElseThrow();
        assertThat(plan.placements()).noneMatch(p -> p.z() == sofa.zEnd() && Geometry.footprintsOverlap(p, sofa));
        assertThat(plan.placements()).filteredOn(p -> p.item().id().startsWith("UP-")).hasSize(30)
                .allSatisfy(p -> assertThat(p.dz()).isEqualTo(45));
    }

    @Test
    void doNotStackAndFragileItemsCarryNothingTheyShouldNot() {
        // Two layers of boxes would fit only if boxes stood on the marked items, so the planner must refuse.
        Cargo sofa = new Cargo("sofa", "Sofa", "piece", 100, 100, 50, 50, EnumSet.of(CargoAxis.HEIGHT), true,
                false);
        Cargo glass = new Cargo("glass", "Glass", "box", 100, 100, 50, 5, EnumSet.of(CargoAxis.HEIGHT), false,
                true);
        List<Cargo> items = new ArrayList<>(List.of(sofa, glass));
        for (int i = 0; i < 4; i++) {
            items.add(new Cargo("heavy" + i, "Heavy " + i, "box", 100, 100, 50, 30, EnumSet.of(CargoAxis.HEIGHT),
                    false, false));
        }

        LoadPlan plan = planValidly(planner, ContainerSpace.openBox(200, 100, 100), items);

        assertThat(plan.placements()).hasSize(4);
        assertThat(plan.placements()).allSatisfy(p -> {
            if (p.z() > 0) {
                assertThat(p.item().id()).startsWith("heavy");
            }
        });
        assertThat(plan.unplaced()).extracting(UnplacedCargo::reason).containsOnly(UnplacedReason.NO_SPACE);
    }

    @Test
    void packageLargerThanTheDoorIsLeftOutWithThatReason() {
        ContainerSpace container = new ContainerSpace(600, 235, 239, 234, 228, 28000);
        Cargo wardrobe = new Cargo("W-1", "Wardrobe", "piece", 235, 100, 236, 90, EnumSet.of(CargoAxis.HEIGHT),
                false, false);
        Cargo tooLong = Cargo.anyWayUp("L-1", "Beam", "piece", 700, 20, 20, 40);
        Cargo box = Cargo.anyWayUp("B-1", "Box", "box", 50, 40, 30, 10);

        LoadPlan plan = planValidly(planner, container, List.of(wardrobe, tooLong, box));

        assertThat(plan.placements()).extracting(p -> p.item().id()).containsExactly("B-1");
        assertThat(plan.unplaced()).extracting(u -> u.item().id(), UnplacedCargo::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("W-1", UnplacedReason.TOO_BIG_FOR_DOOR),
                org.assertj.core.groups.Tuple.tuple("L-1", UnplacedReason.TOO_BIG_FOR_CONTAINER));
        assertThat(Catalogue.of(Language.EN).render(plan.unplaced().get(0).explanation())).contains("Wardrobe")
                .contains("door");
    }

    @Test
    void staysWithinThePayloadAndSaysWhy() {
        ContainerSpace container = new ContainerSpace(300, 200, 200, 200, 200, 100);
        List<Cargo> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(Cargo.anyWayUp("b" + i, "Box " + i, "box", 50, 50, 50, 30));
        }
        items.add(Cargo.anyWayUp("anvil", "Anvil", "box", 20, 20, 20, 150));

        LoadPlan plan = planValidly(planner, container, items);

        assertThat(plan.placements()).hasSize(3);
        assertThat(plan.loadedKg()).isEqualTo(90);
        assertThat(plan.unplaced()).extracting(UnplacedCargo::reason).containsOnly(UnplacedReason.PAYLOAD_FULL,
                UnplacedReason.TOO_HEAVY_FOR_PAYLOAD);
    }

    @Test
    void loadingOrderPutsEveryItemAfterWhatItRestsOn() throws IOException {
        BrInstance instance = brProblem(1);

        LoadPlan plan = planValidly(planner, instance.container(), instance.items());

        List<Placement> loaded = new ArrayList<>();
        for (Placement p : plan.placements()) {
            long supportedArea = loaded.stream().filter(q -> q.zEnd() == p.z())
                    .mapToLong(q -> Geometry.footprintOverlapArea(p, q)).sum();
            assertThat(p.z() == 0 || supportedArea == (long) p.dx() * p.dy()).as(p.item().id()).isTrue();
            loaded.add(p);
        }
        assertThat(plan.volumeFill()).isGreaterThan(0.85);
    }

    @Test
    void sameWidthBoundGivesTheSamePlan() throws IOException {
        BrInstance instance = brProblem(2);
        PlannerSettings settings = QUICK.withMaxWidth(4);

        LoadPlan first = new LoadPlanner(settings).plan(instance.container(), instance.items(), PlanningProgress.NONE);
        LoadPlan second = new LoadPlanner(settings.withThreads(1)).plan(instance.container(), instance.items(),
                PlanningProgress.NONE);

        assertThat(second.placements()).isEqualTo(first.placements());
    }

    @Test
    void sameWorkBudgetGivesTheSamePlanWithManyBoxTypes() {
        // Ten box types: the beam takes one child per parent and completed volume (BlockSearch.nextBeam).
        BrInstance instance = BrInstanceGenerator.generate(1, 9_500_001, 10);
        PlannerSettings settings = QUICK.withWorkBudget(40_000);

        LoadPlan first = new LoadPlanner(settings).plan(instance.container(), instance.items(), PlanningProgress.NONE);
        LoadPlan second = new LoadPlanner(settings.withThreads(1)).plan(instance.container(), instance.items(),
                PlanningProgress.NONE);

        assertThat(second.placements()).isEqualTo(first.placements());
        assertThat(new PlanValidator(true).violations(first)).isEmpty();
    }

    @Test
    void cancelledPlanningStillReturnsAValidPlan() throws IOException {
        BrInstance instance = brProblem(3);
        AtomicInteger calls = new AtomicInteger();
        PlanningProgress cancelAtOnce = new PlanningProgress() {
            @Override
            public void progress(double fraction) {
                calls.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        LoadPlan plan = new LoadPlanner(PlannerSettings.defaults()).plan(instance.container(), instance.items(),
                cancelAtOnce);

        assertThat(calls.get()).isPositive();
        assertThat(new PlanValidator(true).violations(plan)).isEmpty();
        assertThat(plan.placements()).isNotEmpty();
    }

    @Test
    void countsHowManyMoreStandardBoxesFitAroundWhatIsLoaded() {
        ContainerSpace container = ContainerSpace.openBox(200, 100, 100);
        LoadPlan plan = planValidly(planner, container,
                List.of(Cargo.anyWayUp("big", "Big", "box", 100, 100, 100, 10)));

        int more = ShipmentPlanning.howManyMoreFit(plan, 50, 50, 50, BigDecimal.ONE, Duration.ofSeconds(2));

        assertThat(more).isEqualTo(8);
    }

    @Test
    void warnsWithFiguresWhenNoPlanKeepsTheCentreOfGravityWithinLimits() {
        // One heavy safe and a wall of light boxes filling the container: wherever the safe stands in the front
        // or back half, the centre of gravity is far from the middle.
        ContainerSpace container = new ContainerSpace(400, 100, 100, 100, 100, 20000);
        List<Cargo> items = new ArrayList<>();
        items.add(Cargo.anyWayUp("safe", "Safe", "piece", 100, 100, 100, 900));
        for (int i = 0; i < 3; i++) {
            items.add(Cargo.anyWayUp("b" + i, "Box " + i, "box", 100, 100, 100, 5));
        }

        LoadPlan plan = planValidly(planner, container, items);

        assertThat(plan.warnings()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(PlanNotice.Kind.CENTRE_OF_GRAVITY_ALONG_LENGTH);
            assertThat(Math.abs(notice.value())).isGreaterThan(notice.limit());
            assertThat(notice.limit()).isEqualTo(40);
        });
    }

    @Test
    void packagesWithoutSizeOrWeightAreReportedNotPlanned() {
        Package unmeasured = new Package(0, "P-9", PackageKind.BOX, 1L, null, null, BigDecimal.TEN, null,
                PackageStatus.SEALED, "test", null);

        ShipmentPlanning.Input input = ShipmentPlanning.input(TWENTY_FOOT, List.of(unmeasured));

        assertThat(input.items()).isEmpty();
        assertThat(input.notPlannable()).singleElement().asString().contains("P-9").contains("measured");
        assertThat(input.container().doorHeightCm()).isEqualTo(228);
    }

    static BrInstance brProblem(int number) throws IOException {
        return BrInstanceReader.read(BrInstanceReaderTest.BR1).get(number - 1);
    }
}
