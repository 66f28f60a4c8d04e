package org.shipshape.gui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for a section whose screen is still being built; says so plainly. */
public final class PlaceholderView implements SectionView {
    private final VBox root;

    public PlaceholderView(String id, String heading, String explanation) {
        Label title = new Label(heading);
        title.getStyleClass().add("title-2");
        Label text = new Label(explanation);
        text.setWrapText(true);
        root = new VBox(12, title, text);
        root.setId(id + "-placeholder");
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(520);
    }

    @Override
    public Node root() {
        return root;
    }
}
