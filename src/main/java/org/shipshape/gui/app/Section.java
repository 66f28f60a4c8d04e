package org.shipshape.gui.app;

import java.util.Optional;
import javafx.scene.Node;
import org.shipshape.gui.common.SectionView;

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

    /** {@link SectionView#readsOnlyWhenShown()} of the built view; false before it is built. */
    default boolean readsOnlyWhenShown() {
        return builtView().map(SectionView::readsOnlyWhenShown).orElse(false);
    }

    /** The section's screen once it is built (for its help and keys); empty before. */
    default Optional<SectionView> builtView() {
        return Optional.empty();
    }
}
