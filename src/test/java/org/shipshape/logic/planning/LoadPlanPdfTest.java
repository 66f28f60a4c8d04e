package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.model.common.Message;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.PlanNotice;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.UnplacedCargo;
import org.shipshape.model.planning.UnplacedReason;

class LoadPlanPdfTest {
    private static final ContainerSpace TWENTY_FOOT = new ContainerSpace(589, 235, 239, 234, 228, 28_200);

    @Test
    void printsSectionsWithPackageNumbersThenTheLoadingOrder(@TempDir Path dir) throws IOException {
        List<Placement> placements = List.of(
                placed("MLI-0001", "Kitchenware", 0, 0, 0, 60, 40, 40),
                placed("MLI-0002", "Kitchenware", 0, 0, 40, 60, 40, 40),
                placed("MLI-0003", "Clothes", 300, 100, 0, 80, 50, 50),
                placed("MLI-0004", "Clothes", 500, 0, 0, 5, 5, 5));
        Path file = dir.resolve("plan.pdf");

        LoadPlanPdf.write(plan(placements, List.of()), file);

        List<String> pages = pagesOf(file);
        assertThat(pages).hasSize(LoadPlanPdf.sectionCount(TWENTY_FOOT) + 1);
        assertThat(pages.get(0)).contains("Loading plan MLI-2026-01", "Section 1 of 3", "MLI-0001", "MLI-0002",
                "Page 1 of 4", "Volume", "Centre of gravity");
        assertThat(pages.get(1)).contains("Section 2 of 3", "MLI-0003", "Page 2 of 4");
        assertThat(pages.get(2)).contains("Hidden or too small to number: MLI-0004 (step 4)");
        assertThat(pages.get(3)).contains("Loading order", "Page 4 of 4")
                .containsPattern("1\\s+MLI-0001\\s+Kitchenware\\s+0 / 0 / 0\\s+60 x 40 x 40")
                .containsPattern("3\\s+MLI-0003\\s+Clothes\\s+300 / 100 / 0\\s+80 x 50 x 50");
        assertThat(pages.get(3).indexOf("MLI-0001")).isLessThan(pages.get(3).indexOf("MLI-0002"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void listsUnplacedPackagesWithTheirReasonAndTheWarnings(@TempDir Path dir) throws IOException {
        Cargo sofa = new Cargo("MLI-0099", "piece MLI-0099", "Furniture", 300, 240, 100, 60,
                Set.of(CargoAxis.HEIGHT), true, false);
        Path file = dir.resolve("plan.pdf");

        LoadPlanPdf.write(plan(List.of(placed("MLI-0001", "Kitchenware", 0, 0, 0, 60, 40, 40)),
                List.of(new UnplacedCargo(sofa, UnplacedReason.TOO_BIG_FOR_DOOR, Message.of(
                        "planning.unplaced.TOO_BIG_FOR_DOOR", sofa.label(), 234, 228)))), file);

        String text = String.join("\n", pagesOf(file));
        assertThat(text).contains("Not in the plan (1 packages)", "MLI-0099: piece MLI-0099 does not pass the",
                "Warnings", "Package MLI-0100 cannot be planned until it is measured.",
                "The centre of gravity lies 194 cm towards the back wall", "the forwarder allows 58 cm");
    }

    @Test
    void aLongLoadingOrderContinuesOnFurtherPages(@TempDir Path dir) throws IOException {
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            placements.add(placed("B-%03d".formatted(i + 1), "Books", (i / 24) * 50, (i % 6) * 39, ((i / 6) % 4) * 25,
                    50, 39, 25));
        }
        Path file = dir.resolve("plan.pdf");

        LoadPlanPdf.write(plan(placements, List.of()), file);

        List<String> pages = pagesOf(file);
        int total = pages.size();
        assertThat(total).isGreaterThan(LoadPlanPdf.sectionCount(TWENTY_FOOT) + 1);
        assertThat(pages.get(total - 1)).contains("B-120", "Page " + total + " of " + total);
        String list = String.join("\n", pages.subList(LoadPlanPdf.sectionCount(TWENTY_FOOT), total));
        for (Placement p : placements) {
            assertThat(list).contains(p.item().id());
        }
    }

    private static Placement placed(String number, String category, int x, int y, int z, int dx, int dy, int dz) {
        return new Placement(Cargo.anyWayUp(number, "box " + number, category, dx, dy, dz, 12.5), x, y, z, dx, dy,
                dz);
    }

    private static ShipmentPlan plan(List<Placement> placements, List<UnplacedCargo> unplaced) {
        double kg = placements.stream().mapToDouble(p -> p.item().weightKg()).sum();
        LoadPlan plan = new LoadPlan(TWENTY_FOOT, placements, unplaced, 0.01, kg, kg / 28_200,
                new CentreOfGravity(100, 50, 30, -0.33, -0.28),
                List.of(new PlanNotice(PlanNotice.Kind.CENTRE_OF_GRAVITY_ALONG_LENGTH, -194, 58)));
        return ShipmentPlan.single("MLI-2026-01", "20GP", "20 ft standard", "CSQU3054383", plan,
                List.of("Package MLI-0100 cannot be planned until it is measured."), List.of("Clothes", "Kitchenware"));
    }

    private static List<String> pagesOf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
