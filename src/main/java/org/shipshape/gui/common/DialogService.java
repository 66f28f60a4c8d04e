package org.shipshape.gui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog of the app, behind one interface so view models can be tested without windows. Dialogs are owned
 * by the main window. Messages are one plain sentence naming what is at risk and what to do; buttons are named
 * for their action ("Delete box B-0042" / "Keep"), never OK/Cancel questions.
 */
public interface DialogService {
    /** Logs the detail once and shows the sentence. */
    void showError(String sentence, Throwable detail);

    void showInformation(String title, String text);

    /** @return true when the user chose the action button */
    boolean confirm(String title, String text, String actionButton, String keepButton);

    Optional<String> askText(String title, String prompt, String initialValue);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription, String extension);

    Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions);

    Optional<Path> chooseFolder(String title);

    /** Opens the file in the system's viewer (PDF reader, spreadsheet). */
    void openInSystemViewer(Path file);

    /** Shows help: what to do on a screen and its keys, or the sheet of every key (several pages). */
    default void showHelp(String title, java.util.List<HelpPage> pages) {
        showInformation(title, pages.stream().map(page -> page.title() + "\n" + page.whatToDo() + "\n"
                + String.join("\n", page.shortcuts().stream().map(s -> s.keysText() + "  " + s.description())
                .toList())).reduce((a, b) -> a + "\n\n" + b).orElse(""));
    }
}
