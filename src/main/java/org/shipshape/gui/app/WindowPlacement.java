package org.shipshape.gui.app;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens, worked out from the screens' usable areas (without the task bar) and what the user
 * left it as last time; no screen or window is touched here.
 * <ul>
 * <li>First start: on a laptop-sized screen the window opens maximised (a volunteer at a 1366x768 laptop needs every
 * pixel); on a larger one it fills most of the screen, centred, no larger than {@link #ROOMY_WIDTH} x
 * {@link #ROOMY_HEIGHT}. Un-maximising gives that size too.</li>
 * <li>Later starts: the size, position and maximised state the user left, fitted into the screen it is on. A window
 * whose title bar is on no screen now (its monitor unplugged, a smaller resolution) opens centred on the main screen,
 * where the user can grab it.</li>
 * </ul>
 */
final class WindowPlacement {
    /** A usable area narrower or lower than this is a laptop's: the first window takes all of it. */
    static final double SMALL_SCREEN_WIDTH = 1440;
    static final double SMALL_SCREEN_HEIGHT = 900;
    /** On a larger screen the first window leaves this share of the screen free on each side. */
    static final double FIRST_MARGIN = 0.05;
    /** The largest first window: room for every screen's lists without lines too long to read. */
    static final double ROOMY_WIDTH = 1680;
    static final double ROOMY_HEIGHT = 1050;
    /** How much of the title bar must be on a screen for the user to be able to drag the window. */
    static final double GRIP_WIDTH = 120;
    static final double GRIP_HEIGHT = 24;

    /** The window's size and place when not maximised, and whether it is maximised. */
    record Placement(Rectangle2D bounds, boolean maximized) {
    }

    private WindowPlacement() {
    }

    /**
     * @param remembered the size and place the user left the window at (not maximised), if any
     * @param maximized  whether the user left it maximised, if remembered
     * @param screens    every screen's usable area
     * @param primary    the main screen's usable area
     */
    static Placement place(Optional<Rectangle2D> remembered, Optional<Boolean> maximized, List<Rectangle2D> screens,
            Rectangle2D primary) {
        if (remembered.isEmpty()) {
            return new Placement(firstBounds(primary), maximized.orElse(isSmall(primary)));
        }
        Rectangle2D bounds = remembered.get();
        Optional<Rectangle2D> screen = screenHoldingTitleBar(bounds, screens);
        Rectangle2D on = screen.orElse(primary);
        double width = Math.min(bounds.getWidth(), on.getWidth());
        double height = Math.min(bounds.getHeight(), on.getHeight());
        double x = screen.isPresent() ? bounds.getMinX() : on.getMinX() + (on.getWidth() - width) / 2;
        double y = screen.isPresent() ? bounds.getMinY() : on.getMinY() + (on.getHeight() - height) / 2;
        x = Math.max(on.getMinX(), Math.min(x, on.getMaxX() - width));
        y = Math.max(on.getMinY(), Math.min(y, on.getMaxY() - height));
        return new Placement(new Rectangle2D(x, y, width, height), maximized.orElse(false));
    }

    static boolean isSmall(Rectangle2D screen) {
        return screen.getWidth() < SMALL_SCREEN_WIDTH || screen.getHeight() < SMALL_SCREEN_HEIGHT;
    }

    /** Most of the screen, centred; all of it on a small one. */
    private static Rectangle2D firstBounds(Rectangle2D screen) {
        if (isSmall(screen)) {
            return screen;
        }
        double width = Math.min(screen.getWidth() * (1 - 2 * FIRST_MARGIN), ROOMY_WIDTH);
        double height = Math.min(screen.getHeight() * (1 - 2 * FIRST_MARGIN), ROOMY_HEIGHT);
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    /** The screen showing most of the window's title bar, if one shows enough of it to drag the window. */
    private static Optional<Rectangle2D> screenHoldingTitleBar(Rectangle2D window, List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(window.getMinX(), window.getMinY(), window.getWidth(),
                Math.min(GRIP_HEIGHT, window.getHeight()));
        double needed = Math.min(GRIP_WIDTH, window.getWidth());
        return screens.stream().filter(s -> overlapWidth(titleBar, s) >= needed
                        && overlapHeight(titleBar, s) >= titleBar.getHeight() / 2)
                .max(Comparator.comparingDouble(s -> overlapWidth(titleBar, s)));
    }

    private static double overlapWidth(Rectangle2D a, Rectangle2D b) {
        return Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()));
    }

    private static double overlapHeight(Rectangle2D a, Rectangle2D b) {
        return Math.max(0, Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()));
    }
}
