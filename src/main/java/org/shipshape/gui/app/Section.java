package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import javafx.scene.Node;

/** One section (tab) of the main window: Intake, Inventory, Packing, Shipments, Documents, ... */
public interface Section {
    /** Short stable id; the tab's node id is "section-" + id. */
    String id();

    /** Tab title, already translated. */
    String title();

    /** The section's view, created once on first use. */
    Node view();

    /** Called each time the section is shown, to refresh what may have changed elsewhere. */
    default void onShown() {
    }
}
