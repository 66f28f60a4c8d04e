package org.shipshape.gui.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.shipshape.gui.common.SectionView;

/** A screen for the main window's tests: a label and the given nodes, and what showing it does. */
final class StandInScreen implements SectionView {
    private final VBox root;
    private final Runnable whenShown;
    private final boolean readsOnly;

    /** @param readsOnly what {@link #readsOnlyWhenShown()} answers: true when {@code whenShown} focuses nothing */
    StandInScreen(Runnable whenShown, boolean readsOnly, Node... nodes) {
        this.root = new VBox(new Label("a screen"));
        this.root.getChildren().addAll(nodes);
        this.whenShown = whenShown;
        this.readsOnly = readsOnly;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        whenShown.run();
    }

    @Override
    public boolean readsOnlyWhenShown() {
        return readsOnly;
    }
}
