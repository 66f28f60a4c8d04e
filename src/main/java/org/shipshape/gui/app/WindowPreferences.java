package org.shipshape.gui.app;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the main window's size and position (per user, outside the database), and always opens it inside the
 * screen it is on: a size remembered from a larger monitor, or the default size on a small laptop, is fitted into
 * the screen's usable area (without the task bar), so nothing is cut at the screen's edge.
 */
final class WindowPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPreferences.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 860;
    private final Preferences node = Preferences.userRoot().node("org/shipshape/window");

    void restore(Stage stage) {
        double width = node.getDouble("width", DEFAULT_WIDTH);
        double height = node.getDouble("height", DEFAULT_HEIGHT);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        boolean placed = !Double.isNaN(x) && !Double.isNaN(y);
        Rectangle2D screen = screenOf(placed ? x : Double.NaN, placed ? y : Double.NaN, width, height);
        width = Math.min(width, screen.getWidth());
        height = Math.min(height, screen.getHeight());
        if (!placed || screenContaining(x, y, width, height).isEmpty()) {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        }
        x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
        y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(x);
        stage.setY(y);
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not remember the window position", e);
        }
    }

    /** The usable area of the screen the window was on, or of the primary screen. */
    private static Rectangle2D screenOf(double x, double y, double width, double height) {
        return screenContaining(x, y, width, height).orElse(Screen.getPrimary()).getVisualBounds();
    }

    /** A window saved on a monitor that is gone now would open invisible; its top-left corner must be on a screen. */
    private static java.util.Optional<Screen> screenContaining(double x, double y, double width, double height) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return java.util.Optional.empty();
        }
        List<Screen> screens = Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(Math.min(width, 200), 1),
                Math.max(Math.min(height, 100), 1)));
        return screens.stream().findFirst();
    }
}
