package org.shipshape.gui.app;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the main window's size, position and maximised state (per user, outside the database) and opens it where
 * {@link WindowPlacement} says: fitted to the screen on the first start, as the user left it afterwards, and always
 * inside a screen that is there now.
 */
final class WindowPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPreferences.class);
    private final Preferences node = Preferences.userRoot().node("org/shipshape/window");

    void restore(Stage stage) {
        double width = node.getDouble("width", Double.NaN);
        double height = node.getDouble("height", Double.NaN);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        Optional<Rectangle2D> remembered = Double.isNaN(width + height + x + y) || width <= 0 || height <= 0
                ? Optional.empty() : Optional.of(new Rectangle2D(x, y, width, height));
        Optional<Boolean> maximized = node.get("maximized", null) == null ? Optional.empty()
                : Optional.of(node.getBoolean("maximized", false));
        WindowPlacement.Placement placement = WindowPlacement.place(remembered, maximized,
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        Rectangle2D bounds = placement.bounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(placement.maximized());
    }
    void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        // maximised or minimised, the stage's bounds are the screen's or a parking place: keep the last real ones
        if (!stage.isMaximized() && !stage.isIconified()) {
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
}
