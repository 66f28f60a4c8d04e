package org.shipshape.gui.support;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;

/**
 * Types as a USB barcode scanner or a fast typist does: each key is queued for the JavaFX thread 5 ms after the
 * one before, whatever the window is busy with, and goes to whatever has the focus when it arrives (as the
 * operating system's keys do). TestFX's own {@code write} waits for the window to settle after every key, which
 * hides exactly the races a scanner runs into.
 */
public final class ScannerKeys {
    /** Milliseconds between two keys: a scanner sends a key every 2 to 8 ms. */
    public static final int KEY_INTERVAL_MS = 5;
    private final FxRobot robot;
    private final Scene scene;

    public ScannerKeys(FxRobot robot, Scene scene) {
        this.robot = robot;
        this.scene = scene;
    }

    /** Types the text, one key per character. */
    public ScannerKeys type(String text) {
        for (char c : text.toCharArray()) {
            post(codeOf(c), String.valueOf(c), Character.isUpperCase(c), false);
        }
        return this;
    }

    /** Presses and releases one key, such as ENTER or TAB. */
    public ScannerKeys key(KeyCode code) {
        post(code, code == KeyCode.ENTER ? "\r" : code == KeyCode.TAB ? "\t" : "", false, false);
        return this;
    }

    /** Presses a key with Ctrl (Cmd on a Mac), such as Ctrl+8. */
    public ScannerKeys shortcut(KeyCode code) {
        post(code, "", false, true);
        return this;
    }

    private void post(KeyCode code, String text, boolean shift, boolean shortcut) {
        Platform.runLater(() -> {
            boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
            boolean control = shortcut && !mac;
            boolean meta = shortcut && mac;
            fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, text, code, shift, control, false, meta));
            if (!text.isEmpty() && !shortcut && code != KeyCode.TAB) {
                fire(new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED, shift, control, false, meta));
            }
            fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, text, code, shift, control, false,
                    meta));
        });
        robot.sleep(KEY_INTERVAL_MS);
    }

    /** As the window does: to the focus owner at the moment the key arrives, or to the scene. */
    private void fire(KeyEvent event) {
        Node owner = scene.getFocusOwner();
        EventTarget target = owner != null && owner.getScene() == scene ? owner : scene;
        Event.fireEvent(target, event.copyFor(target, target));
    }

    private static KeyCode codeOf(char c) {
        if (Character.isLetterOrDigit(c) && c < 128) {
            return KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        }
        return switch (c) {
            case ' ' -> KeyCode.SPACE;
            case '-' -> KeyCode.MINUS;
            case '.' -> KeyCode.PERIOD;
            case ',' -> KeyCode.COMMA;
            case '\'' -> KeyCode.QUOTE;
            case '/' -> KeyCode.SLASH;
            default -> KeyCode.UNDEFINED;
        };
    }
}
