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
        double width = node.getDouble("width", 1200);
        double height = node.getDouble("height", 800);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isOnSomeScreen(x, y, width, height)) {
            stage.setX(x);
            stage.setY(y);
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
