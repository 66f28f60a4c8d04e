package org.shipshape.gui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Scroll panes for forms that end in a list: the list takes the room there is, and the form scrolls when there is none. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * A scroll pane as wide as its place whose content fills the height when it fits and scrolls when it does not.
     * Unlike fit-to-height, the content is never squeezed below what its rows need (a row of buttons that wrapped
     * onto a second line stays reachable); give a growing list a small preferred height so that it is the part
     * that gives way.
     */
    public static ScrollPane fillOrScroll(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        content.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
