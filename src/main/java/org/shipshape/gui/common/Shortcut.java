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
        return text(keys);
    }

    /**
     * The keys as the window's language names them: JavaFX writes a key without modifiers by its English name
     * ("Delete"), so such a key takes its name from the catalogue ({@code Shortcut.key.DELETE}) when it has one.
     */
    public static String text(KeyCombination keys) {
        if (keys instanceof javafx.scene.input.KeyCodeCombination combination
                && keys.getShortcut() == KeyCombination.ModifierValue.UP
                && keys.getControl() == KeyCombination.ModifierValue.UP
                && keys.getAlt() == KeyCombination.ModifierValue.UP
                && keys.getShift() == KeyCombination.ModifierValue.UP
                && keys.getMeta() == KeyCombination.ModifierValue.UP) {
            Messages names = Messages.of(Shortcut.class);
            String key = "key." + combination.getCode().name();
            if (names.has(key)) {
                return names.get(key);
            }
        }
        return keys.getDisplayText();
    }
}
