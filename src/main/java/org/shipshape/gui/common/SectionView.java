package org.shipshape.gui.common;

import java.util.List;
import javafx.scene.Node;

/** A screen shown as a section of the main window. */
public interface SectionView {
    Node root();

    /** Called each time the section is shown; refresh data that may have changed elsewhere. */
    default void onShown() {
    }

    /**
     * True when {@link #onShown()} only starts background reads and gives no field the focus: the window's first
     * section then starts them as soon as it is built, so they run beside the window's own styling, layout and first
     * frame instead of after them. A view that focuses a field needs to be in the window first (false).
     */
    default boolean readsOnlyWhenShown() {
        return false;
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
