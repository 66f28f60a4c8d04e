package org.shipshape.gui.support;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read: a label, button or table cell whose text is cut short ("Co...", "MDA-0..."),
 * and controls that lie outside the window where nothing can scroll them into view.
 */
public final class Clipping {
    private Clipping() {
    }

    /** Every visible labelled control whose shown text is shorter than its text, as "id or class: text". */
    public static List<String> truncatedTexts(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && isShown(labeled)) {
                String full = labeled.getText();
                if (full == null || full.isBlank()) {
                    return;
                }
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    // the label's own text node (style class "text"), not an icon drawn as text beside it
                    if (child instanceof Text shown && child.getStyleClass().contains("text") && child.isVisible()
                            && !full.equals(shown.getText())
                            && !full.replace("_", "").equals(shown.getText())) {
                        found.add(describe(labeled) + ": \"" + full + "\" shown as \"" + shown.getText() + "\"");
                    }
                }
            }
        });
        return found;
    }

    /**
     * Visible controls with an id that cannot be brought into view: outside the scene where no scroll pane or list
     * holds them, or, inside a scroll pane, beyond the area of its content (a form squeezed into the pane's height
     * with its last row cut off).
     */
    public static List<String> outsideTheWindow(Scene scene) {
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node.getId() == null || !(node instanceof javafx.scene.control.Control) || !isShown(node)
                    || inList(node)) {
                return;
            }
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            ScrollPane scroll = scrollPaneAround(node);
            if (scroll != null) {
                // a scroll pane reaches its content's area only: a control laid out beyond it is cut off for good
                Node content = scroll.getContent();
                Bounds area = content.localToScene(content.getLayoutBounds());
                if (bounds.getMaxY() > area.getMaxY() + 1 || bounds.getMaxX() > area.getMaxX() + 1) {
                    found.add(describe(node) + " ends at " + Math.round(bounds.getMaxX()) + ","
                            + Math.round(bounds.getMaxY()) + ", beyond what its scroll pane reaches ("
                            + Math.round(area.getMaxX()) + "," + Math.round(area.getMaxY()) + ")");
                }
                return;
            }
            if (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1
                    || bounds.getMinX() < -1 || bounds.getMinY() < -1) {
                found.add(describe(node) + " at " + Math.round(bounds.getMinX()) + "," + Math.round(bounds.getMinY())
                        + " to " + Math.round(bounds.getMaxX()) + "," + Math.round(bounds.getMaxY()) + " in a "
                        + Math.round(scene.getWidth()) + "x" + Math.round(scene.getHeight()) + " window");
            }
        });
        return found;
    }

    private static boolean inList(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof VirtualFlow) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                return scroll;
            }
        }
        return null;
    }

    /** Visible itself and in all its parents, and in a scene. */
    public static boolean isShown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node node) {
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return node.getClass().getSimpleName() + " in #" + n.getId();
            }
        }
        return node.getClass().getSimpleName();
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }
}
