package org.shipshape.gui.common;

import java.util.List;
import javafx.scene.Node;

/** A screen shown as a section of the main window. */
public interface SectionView {
    Node root();

    /** Called each time the section is shown; refresh data that may have changed elsewhere. */
    default void onShown() {
    }

    /** What to do on this screen, one or two sentences for its F1 help: the screen's text {@code helpPage}. */
    default String helpText() {
        Messages text = Messages.of(getClass());
        return text.has("helpPage") ? text.get("helpPage") : "";
    }

    /** The screen's own keys, for its F1 help and the shortcut sheet. */
    default List<Shortcut> shortcuts() {
        return List.of();
    }
}
