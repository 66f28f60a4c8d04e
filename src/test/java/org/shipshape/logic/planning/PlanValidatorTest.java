package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shipshape.logic.text.Texts.english;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.CargoAxis;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;

class PlanValidatorTest {
    private static final ContainerSpace CONTAINER = new ContainerSpace(200, 100, 100, 100, 100, 1000);
    private final PlanValidator validator = new PlanValidator(true);

    private static Cargo box(String id) {
        return Cargo.anyWayUp(id, "Box " + id, "box", 50, 40, 30, 10);
    }

    @Test
    void acceptsTwoBoxesSideBySideAndOneOnTop() {
        List<Placement> placements = List.of(new Placement(box("a"), 0, 0, 0, 50, 40, 30),
                new Placement(box("b"), 50, 0, 0, 50, 40, 30),
                new Placement(box("c"), 25, 0, 30, 50, 40, 30));

        assertThat(validator.violations(CONTAINER, placements)).isEmpty();
    }

    @Test
    void rejectsOverlappingBoxesAndNamesBoth() {
        List<Placement> placements = List.of(new Placement(box("a"), 0, 0, 0, 50, 40, 30),
                new Placement(box("b"), 49, 0, 0, 50, 40, 30));

        assertThat(english(validator.violations(CONTAINER, placements))).singleElement().asString()
                .contains("(a)").contains("(b)").contains("overlaps");
    }

    @Test
    void rejectsBoxPartlyOverhangingItsSupport() {
        List<Placement> placements = List.of(new Placement(box("a"), 0, 0, 0, 50, 40, 30),
                new Placement(box("b"), 10, 0, 30, 50, 40, 30));

        assertThat(english(validator.violations(CONTAINER, placements))).singleElement().asString()
                .contains("(b)").contains("80.0 %");
    }

    @Test
    void rejectsFloatingBoxButAcceptsItWithoutSupportRule() {
        List<Placement> placements = List.of(new Placement(box("a"), 0, 0, 10, 50, 40, 30));

        assertThat(english(validator.violations(CONTAINER, placements))).singleElement().asString().contains("0.0 %");
        assertThat(new PlanValidator(false).violations(CONTAINER, placements)).isEmpty();
    }

    @Test
    void rejectsBoxOnTopOfAGapAtTheWrongHeight() {
        Cargo low = Cargo.anyWayUp("low", "Low", "box", 50, 40, 20, 10);
        List<Placement> placements = List.of(new Placement(box("a"), 0, 0, 0, 50, 40, 30),
                new Placement(low, 50, 0, 0, 50, 40, 20),
                new Placement(box("top"), 25, 0, 30, 50, 40, 30));

        assertThat(english(validator.violations(CONTAINER, placements))).singleElement().asString().contains("(top)");
    }

    @Test
    void rejectsBoxStickingOutOfTheContainer() {
        List<Placement> placements = List.of(new Placement(box("a"), 160, 70, 0, 50, 40, 30));

        assertThat(english(validator.violations(CONTAINER, placements))).singleElement().asString()
                .contains("(a)").contains("sticks out");
    }

    @Test
    void rejectsThisSideUpBoxLyingOnItsSide() {
        Cargo upright = new Cargo("u", "Upright", "box", 50, 40, 30, 10, EnumSet.of(CargoAxis.HEIGHT), false,
                false);
        List<Placement> placements = List.of(new Placement(upright, 0, 0, 0, 50, 30, 40));

        assertThat(english(validator.violations(CONTAINER, placements))).singleElement().asString()
                .contains("(u)").contains("50 x 30 x 40");
    }

    @Test
    void rejectsSizeThatIsNotTheItemsSize() {
        List<Placement> placements = List.of(new Placement(box("a"), 0, 0, 0, 50, 40, 31));

        assertThat(validator.violations(CONTAINER, placements)).hasSize(1);
    }

    @Test
    void rejectsAnythingOnADoNotStackItemAndHeavierOnFragile() {
        Cargo sofa = new Cargo("sofa", "Sofa", "piece", 100, 40, 30, 40, EnumSet.allOf(CargoAxis.class), true,
                false);
        Cargo glass = new Cargo("glass", "Glass", "box", 100, 40, 30, 5, EnumSet.allOf(CargoAxis.class), false,
                true);
        List<Placement> placements = List.of(new Placement(sofa, 0, 0, 0, 100, 40, 30),
                new Placement(box("on-sofa"), 0, 0, 30, 50, 40, 30),
                new Placement(glass, 100, 0, 0, 100, 40, 30),
                new Placement(box("on-glass"), 100, 0, 30, 50, 40, 30));

        assertThat(english(validator.violations(CONTAINER, placements))).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("(on-sofa)").contains("do not stack"))
                .anySatisfy(v -> assertThat(v).contains("(on-glass)").contains("fragile"));
    }

    @Test
    void rejectsLoadOverThePayload() {
        ContainerSpace light = new ContainerSpace(200, 100, 100, 100, 100, 15);
        List<Placement> placements = List.of(new Placement(box("a"), 0, 0, 0, 50, 40, 30),
                new Placement(box("b"), 50, 0, 0, 50, 40, 30));

        assertThat(english(validator.violations(light, placements))).singleElement().asString()
                .isEqualTo("The load weighs 20.0 kg, more than the payload of 15.0 kg.");
    }
}
