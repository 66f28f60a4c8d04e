package org.shipshape.gui.common;

import java.util.Objects;
import javafx.scene.input.KeyCombination;

/** A key (or key combination) and what it does, as shown in tooltips, menus, the F1 help and the shortcut sheet. */
public record Shortcut(KeyCombination keys, String description) {
    public Shortcut {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(description, "description");
    }

    /** The keys as this computer writes them: "Ctrl+S", "F1", "Enter". */
    public String keysText() {
        return keys.getDisplayText();
    }
}
