package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the main window's size and position (per user, outside the database). */
final class WindowPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPreferences.class);
    private final Preferences node = Preferences.userRoot().node("org/shipshape/window");

    void restore(Stage stage) {
        // a size saved on a larger monitor is cut to this screen, so the window never opens bigger than it
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(node.getDouble("width", 1200), screen.getWidth());
        double height = Math.min(node.getDouble("height", 800), screen.getHeight());
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isOnSomeScreen(x, y, width, height)) {
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
        }
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

    /** A window saved on a monitor that is gone now would open invisible. */
    private static boolean isOnSomeScreen(double x, double y, double width, double height) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(width, 1), Math.max(height, 1)))
                .isEmpty();
    }
}
