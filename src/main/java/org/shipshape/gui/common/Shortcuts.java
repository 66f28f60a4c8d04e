package org.shipshape.gui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys of one screen. They work only while the focus is inside the screen (a key filter on its root, not the
 * window's accelerators), so a screen that is not shown never reacts to them, and each appears in the tooltip of
 * the control it belongs to and in the screen's F1 help.
 */
public final class Shortcuts {
    public static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();
    private final Map<KeyCombination, java.util.function.BooleanSupplier> conditions = new LinkedHashMap<>();
    private final List<Shortcut> listed = new ArrayList<>();

    /** Ctrl+letter (Cmd on a Mac). */
    public static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public static KeyCombination key(KeyCode key) {
        return new KeyCodeCombination(key);
    }

    /**
     * A key that runs an action, shown in the tooltip of the control it belongs to.
     *
     * @param shownOn the button or field the key belongs to (its tooltip names the key), or null
     */
    public Shortcuts add(KeyCombination keys, String description, Runnable action, Control shownOn) {
        actions.put(keys, action);
        listed.add(new Shortcut(keys, description));
        if (shownOn != null) {
            mention(shownOn, description, keys);
        }
        return this;
    }

    /** A key that acts only while the condition holds; otherwise it goes to the focused control as usual. */
    public Shortcuts addWhen(KeyCombination keys, String description, java.util.function.BooleanSupplier when,
                             Runnable action, Control shownOn) {
        conditions.put(keys, when);
        return add(keys, description, action, shownOn);
    }

    /** A key that a control handles itself (Enter in a field, Delete in a table), listed for the help only. */
    public Shortcuts describe(KeyCombination keys, String description, Control shownOn) {
        listed.add(new Shortcut(keys, description));
        if (shownOn != null) {
            mention(shownOn, description, keys);
        }
        return this;
    }

    /**
     * Enter anywhere in the screen presses this button unless the control with the focus used the key itself (a
     * chosen suggestion, a field with its own Enter). Replaces {@code Button.setDefaultButton}, which the window
     * shares between all screens, so that only the shown screen's button reacts.
     */
    public Shortcuts enterPresses(ButtonBase button, String description) {
        listed.add(new Shortcut(ENTER, description));
        mention(button, description, ENTER);
        defaultButton = button;
        return this;
    }

    private ButtonBase defaultButton;

    /** Installs the keys on the screen's root. */
    public void installOn(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Map.Entry<KeyCombination, Runnable> entry : actions.entrySet()) {
                if (entry.getKey().match(event) && conditions.getOrDefault(entry.getKey(), () -> true).getAsBoolean()) {
                    event.consume();
                    entry.getValue().run();
                    return;
                }
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (defaultButton != null && ENTER.match(event) && !defaultButton.isDisabled()) {
                event.consume();
                defaultButton.fire();
            }
        });
    }

    public List<Shortcut> list() {
        return List.copyOf(listed);
    }

    private static void mention(Control control, String description, KeyCombination keys) {
        String line = description + " (" + Shortcut.text(keys) + ")";
        Tooltip tooltip = control.getTooltip();
        if (tooltip == null) {
            control.setTooltip(new Tooltip(line));
        } else if (!tooltip.getText().contains(Shortcut.text(keys))) {
            tooltip.setText(tooltip.getText() + "\n" + line);
        }
    }
}
