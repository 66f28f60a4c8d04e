package org.shipshape.gui.common;

import javafx.scene.Node;

/** A screen shown as a section of the main window. */
public interface SectionView {
    Node root();

    /** Called each time the section is shown; refresh data that may have changed elsewhere. */
    default void onShown() {
    }
}
