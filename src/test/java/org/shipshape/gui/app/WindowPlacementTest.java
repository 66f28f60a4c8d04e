package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.gui.app.WindowPlacement.Placement;

/** Where the main window opens, on screens described by their usable areas (no real screen needed). */
class WindowPlacementTest {
    /** A 1366x768 laptop with a 32-pixel task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 736);
    /** A 1920x1080 monitor with a task bar, and a second one to its right. */
    private static final Rectangle2D DESKTOP = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 1920, 1080);

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 736", "1024, 668", "1280, 760", "1440, 860"})
    void theFirstStartOnALaptopScreenOpensMaximisedAndUnMaximisesToTheWholeScreen(double width, double height) {
        Rectangle2D screen = new Rectangle2D(0, 0, width, height);

        Placement placement = WindowPlacement.place(Optional.empty(), Optional.empty(), List.of(screen), screen);

        assertThat(placement.maximized()).isTrue();
        assertThat(placement.bounds()).isEqualTo(screen);
    }

    @Test
    void theFirstStartOnALargerScreenFillsMostOfItCentred() {
        Placement placement = WindowPlacement.place(Optional.empty(), Optional.empty(), List.of(DESKTOP), DESKTOP);

        assertThat(placement.maximized()).isFalse();
        Rectangle2D bounds = placement.bounds();
        assertThat(bounds.getWidth()).isEqualTo(1680);
        assertThat(bounds.getHeight()).isEqualTo(1040 * 0.9);
        assertThat(bounds.getMinX()).isEqualTo((1920 - 1680) / 2.0);
        assertThat(bounds.getMinY()).isEqualTo(1040 * 0.05);
        assertThat(DESKTOP.contains(bounds)).isTrue();
    }

    @Test
    void aMaximisedWindowWhoseSizeWasNeverKeptOpensMaximisedAgain() {
        Placement placement = WindowPlacement.place(Optional.empty(), Optional.of(true), List.of(DESKTOP), DESKTOP);

        assertThat(placement.maximized()).isTrue();
        assertThat(DESKTOP.contains(placement.bounds())).isTrue();
    }

    @Test
    void aWindowTheUserMadeSmallOnALaptopStaysSmallAndWhereItWas() {
        Rectangle2D left = new Rectangle2D(40, 30, 900, 600);

        Placement placement = WindowPlacement.place(Optional.of(left), Optional.of(false), List.of(LAPTOP), LAPTOP);

        assertThat(placement).isEqualTo(new Placement(left, false));
    }

    @Test
    void aWindowLeftOnTheSecondMonitorOpensThereWhileItIsPluggedIn() {
        Rectangle2D left = new Rectangle2D(2100, 100, 1200, 800);

        Placement placement = WindowPlacement.place(Optional.of(left), Optional.of(false),
                List.of(DESKTOP, RIGHT_MONITOR), DESKTOP);

        assertThat(placement.bounds()).isEqualTo(left);
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneComesBackCentredOnTheMainScreen() {
        Rectangle2D left = new Rectangle2D(2100, 100, 1200, 800);

        Placement placement = WindowPlacement.place(Optional.of(left), Optional.of(true), List.of(LAPTOP), LAPTOP);

        Rectangle2D bounds = placement.bounds();
        assertThat(LAPTOP.contains(bounds)).as("%s on the laptop's screen", bounds).isTrue();
        assertThat(bounds.getWidth()).isEqualTo(1200);
        assertThat(bounds.getHeight()).isEqualTo(736);
        assertThat(bounds.getMinX()).isEqualTo((1366 - 1200) / 2.0);
        assertThat(placement.maximized()).isTrue();
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenIsBroughtDownWhereItCanBeDragged() {
        Rectangle2D left = new Rectangle2D(100, -400, 800, 600);

        Placement placement = WindowPlacement.place(Optional.of(left), Optional.of(false), List.of(LAPTOP), LAPTOP);

        assertThat(LAPTOP.contains(placement.bounds())).as("%s", placement.bounds()).isTrue();
    }

    @Test
    void aWindowHangingOverTheScreensEdgeIsPulledInWhole() {
        Rectangle2D left = new Rectangle2D(1000, 300, 900, 600);

        Placement placement = WindowPlacement.place(Optional.of(left), Optional.of(false), List.of(LAPTOP), LAPTOP);

        assertThat(placement.bounds()).isEqualTo(new Rectangle2D(1366 - 900, 736 - 600, 900, 600));
    }

    @Test
    void aSizeRememberedFromALargerScreenIsFittedIntoThisOne() {
        Rectangle2D left = new Rectangle2D(10, 10, 1900, 1000);

        Placement placement = WindowPlacement.place(Optional.of(left), Optional.of(false), List.of(LAPTOP), LAPTOP);

        assertThat(placement.bounds()).isEqualTo(LAPTOP);
    }
}
