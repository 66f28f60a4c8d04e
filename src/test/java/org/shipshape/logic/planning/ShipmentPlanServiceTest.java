package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.UnplacedReason;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.shipments.ShipmentRepository;

class ShipmentPlanServiceTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static ShipmentPlanService service;
    /** Planned once: planning takes its time budget, and the tests only read the result. */
    private static ShipmentPlan result;

    @BeforeAll
    static void planTheFixture() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Test volunteer");
        PlanningFixture.createShipment(workspace);
        service = new ShipmentPlanService(workspace, PlannerSettings.defaults().withTimeLimit(Duration.ofSeconds(2)),
                Duration.ofMillis(300));
        result = service.plan(PlanningFixture.REFERENCE, Progress.NONE);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Test
    void planOfTheShipmentPassesTheValidator() {
        assertThat(new PlanValidator(true).violations(result.plan())).isEmpty();
        assertThat(result.plan().placements()).hasSize(PlanningFixture.PLANNABLE);
        assertThat(result.containerTypeCode()).isEqualTo("20GP");
        assertThat(result.plan().volumeFill()).isGreaterThan(0).isLessThan(1);
    }

    @Test
    void packageWiderThanTheDoorIsUnplacedWithThatReason() {
        assertThat(result.plan().unplaced()).singleElement().satisfies(u -> {
            assertThat(u.item().id()).isEqualTo(PlanningFixture.TOO_WIDE);
            assertThat(u.reason()).isEqualTo(UnplacedReason.TOO_BIG_FOR_DOOR);
            assertThat(Catalogue.of(Language.EN).render(u.explanation())).contains("door");
        });
    }

    @Test
    void packagesWithoutSizeOrWeightAreReportedNotPlanned() {
        assertThat(result.notPlannable()).anySatisfy(w -> assertThat(w).contains(PlanningFixture.UNMEASURED, "measured"))
                .anySatisfy(w -> assertThat(w).contains(PlanningFixture.UNWEIGHED, "weighed"));
        assertThat(result.plan().placements()).extracting(p -> p.item().id())
                .doesNotContain(PlanningFixture.UNMEASURED, PlanningFixture.UNWEIGHED);
    }

    @Test
    void packagesAreColouredByTheCategoryOfTheirHeaviestLine() {
        assertThat(categoryOf(result, "TST-0001")).isEqualTo("Kitchenware, stainless steel");
        assertThat(categoryOf(result, "TST-0013")).isEqualTo("Men's clothes");
        assertThat(categoryOf(result, "TST-0021")).isEqualTo(ShipmentPlanService.NO_CONTENTS);
        assertThat(result.categories()).containsExactly(ShipmentPlanService.NO_CONTENTS,
                "Kitchenware, stainless steel", "Men's clothes");
    }

    @Test
    void thisSideUpBoxesNeverTip() {
        assertThat(result.plan().placements()).filteredOn(p -> p.item().thisSideUp())
                .hasSize(8).allSatisfy(p -> assertThat(p.dz()).isEqualTo(25));
    }

    @Test
    void shipmentWithoutPackagesGivesAnEmptyPlanThatStillPrints() throws IOException {
        new ShipmentRepository(workspace.database()).insert(Shipment.planned("EMPTY-1", "AM", "Partner", "EUR", "40GP"));

        ShipmentPlan empty = service.plan("EMPTY-1", Progress.NONE);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        LoadPlanPdf.writeTo(empty, pdf);

        assertThat(empty.plan().placements()).isEmpty();
        assertThat(empty.plan().volumeFill()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("0 of 0 packages loaded", "Page 1 of 6");
        }
    }

    @Test
    void shipmentWithoutContainerTypeIsRejectedInput() {
        new ShipmentRepository(workspace.database()).insert(Shipment.planned("NOTYPE-1", "AM", "Partner", "EUR", null));

        assertThatThrownBy(() -> service.plan("NOTYPE-1", Progress.NONE))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no container type");
    }

    @Test
    void unknownShipmentIsRejectedInput() {
        assertThatThrownBy(() -> service.plan("NOPE-1", Progress.NONE))
                .isInstanceOf(UserInputException.class).hasMessageContaining("NOPE-1");
    }

    @Test
    void cancellingStopsThePlanning() {
        assertThatThrownBy(() -> service.plan(PlanningFixture.REFERENCE, recording(new AtomicLong(), true)))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void reportsProgressUpToTheEnd() {
        AtomicLong last = new AtomicLong(-1);

        service.plan(PlanningFixture.REFERENCE, recording(last, false));

        assertThat(last.get()).isEqualTo(1000);
    }

    @Test
    void roomLeftIsAnsweredForEveryStandardSizeAndReallyFits() {
        List<ShipmentPlanService.RoomLeft> answers = service.roomLeft(result, Progress.NONE);

        assertThat(answers).extracting(a -> a.size().code()).containsExactly("S", "M", "L", "BANANA", "BALE");
        long freeCm3 = result.plan().container().volumeCm3()
                - result.plan().placements().stream().mapToLong(Placement::volumeCm3).sum();
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.count()).isPositive();
            assertThat(a.count() * a.size().dimensions().volumeCm3()).isLessThanOrEqualTo(freeCm3);
        });
        // Kitchenware boxes of 60x40x40 weigh 14.5 kg, so a medium box of the same volume is guessed alike.
        assertThat(answers.get(1).kgEach()).isBetween(new BigDecimal("10"), new BigDecimal("20"));
    }

    @Test
    void travelTogetherGroupFromTheSettingsStaysBehindWholeWhenOneOfItsPackagesCannotGo() {
        SettingsRepository settings = new SettingsRepository(workspace.database());
        settings.put(PlanningPreferences.TRAVEL_TOGETHER_PREFIX + PlanningFixture.REFERENCE,
                "TST-0001, TST-0002, " + PlanningFixture.TOO_WIDE + "; TST-0013,TST-0014");
        try {
            ShipmentPlan grouped = service.plan(PlanningFixture.REFERENCE, Progress.NONE);

            assertThat(grouped.plan().placements()).extracting(p -> p.item().id())
                    .doesNotContain("TST-0001", "TST-0002").contains("TST-0013", "TST-0014");
            assertThat(grouped.unplaced()).extracting(u -> u.item().id() + " " + u.reason()).containsExactlyInAnyOrder(
                    "TST-0001 GROUP_DOES_NOT_FIT", "TST-0002 GROUP_DOES_NOT_FIT",
                    PlanningFixture.TOO_WIDE + " TOO_BIG_FOR_DOOR");
            assertThat(new PlanValidator(true).violations(grouped.plan())).isEmpty();
        } finally {
            settings.put(PlanningPreferences.TRAVEL_TOGETHER_PREFIX + PlanningFixture.REFERENCE, "");
        }
    }

    @Test
    void centreOfGravityLimitsAndBracingAreReadFromTheSettings() {
        SettingsRepository settings = new SettingsRepository(workspace.database());
        settings.put(PlanningPreferences.COG_LENGTH_KEY, "20");
        settings.put(PlanningPreferences.COG_WIDTH_KEY, "nonsense");
        settings.put(PlanningPreferences.BRACED_KEY, "true");
        try {
            PlanningPreferences read = PlanningPreferences.read(settings, List.of());
            assertThat(read.maxCogLengthPercent()).isEqualTo(20);
            assertThat(read.maxCogWidthPercent()).isEqualTo(PlannerSettings.DEFAULT_COG_WIDTH_OFFSET * 100);
            assertThat(read.bracedAtBackWall()).isTrue();

            // Braced at the back wall, the part load stays there: nothing is moved, nothing warned about.
            ShipmentPlan braced = service.plan(PlanningFixture.REFERENCE, Progress.NONE);
            assertThat(braced.plan().placements()).anySatisfy(p -> assertThat(p.x()).isZero());
            assertThat(braced.plan().notices()).isEmpty();
        } finally {
            settings.put(PlanningPreferences.COG_LENGTH_KEY, "10");
            settings.put(PlanningPreferences.COG_WIDTH_KEY, "5");
            settings.put(PlanningPreferences.BRACED_KEY, "false");
        }
    }

    @Test
    void aPartLoadThatIsNotBracedIsMovedToBalanceItAndSaysWhereToStart() {
        assertThat(result.plan().warnings()).isEmpty();
        int start = result.plan().placements().stream().mapToInt(Placement::x).min().orElseThrow();
        assertThat(start).isPositive();
        assertThat(result.plan().notices()).singleElement().satisfies(n -> assertThat(n.value()).isEqualTo(start));
    }

    /** Keeps the last progress in thousandths. */
    private static Progress recording(AtomicLong last, boolean cancelled) {
        return new Progress() {
            @Override
            public void report(long done, long total, org.shipshape.model.common.Message step) {
                last.set(done * 1000 / total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private static String categoryOf(ShipmentPlan result, String number) {
        return result.plan().placements().stream().map(Placement::item).filter(i -> i.id().equals(number))
                .findFirst().orElseThrow().category();
    }
}
