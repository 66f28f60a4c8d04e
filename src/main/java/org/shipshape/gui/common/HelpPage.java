package org.shipshape.gui.common;

import java.util.List;

/**
 * What F1 shows for a screen, and a chapter of the shortcut sheet: the screen's name, what to do on it, and its
 * keys.
 */
public record HelpPage(String title, String whatToDo, List<Shortcut> shortcuts) {
    public HelpPage {
        shortcuts = List.copyOf(shortcuts);
    }
}
