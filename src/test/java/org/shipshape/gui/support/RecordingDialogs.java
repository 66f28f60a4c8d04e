package org.shipshape.gui.support;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.shipshape.gui.common.DialogService;

/**
 * The one dialog service of the tests: records every dialog a screen would show and answers questions from
 * queues the test fills beforehand. A question nobody scripted fails the test, so a screen cannot ask more than
 * the test expects; choosing files and folders falls back to a standing answer ({@link #fileToSave},
 * {@link #fileToOpen}, {@link #folder}) when no queued one is left.
 */
public final class RecordingDialogs implements DialogService {
    /** One dialog as the user would have seen it; {@code action}/{@code keep} are a confirmation's buttons. */
    public record Shown(String kind, String title, String text, String action, String keep) {
    }

    public final List<Shown> shown = new ArrayList<>();
    /** The sentences of the error dialogs, in order. */
    public final List<String> errors = new ArrayList<>();
    /** Files handed to the system viewer, in order. */
    public final List<Path> opened = new ArrayList<>();
    public Path fileToSave;
    public Path fileToOpen;
    /** The folder chosen when asked for one, and where files to save go when no fileToSave is set. */
    public Path folder;
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Optional<String>> textAnswers = new ArrayDeque<>();
    private final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    private final Deque<Optional<Path>> folderAnswers = new ArrayDeque<>();

    /** The answers to the next confirmations: true chooses the action button. */
    public RecordingDialogs answerConfirm(boolean... answers) {
        for (boolean answer : answers) {
            confirmAnswers.add(answer);
        }
        return this;
    }

    /** The answers to the next text questions; null stands for Cancel. */
    public RecordingDialogs answerText(String... answers) {
        for (String answer : answers) {
            textAnswers.add(Optional.ofNullable(answer));
        }
        return this;
    }

    /** The next file-to-save choices; null stands for Cancel. */
    public RecordingDialogs answerFileToSave(Path... answers) {
        for (Path answer : answers) {
            saveAnswers.add(Optional.ofNullable(answer));
        }
        return this;
    }

    /** The next folder choices; null stands for Cancel. */
    public RecordingDialogs answerFolder(Path... answers) {
        for (Path answer : answers) {
            folderAnswers.add(Optional.ofNullable(answer));
        }
        return this;
    }

    /** What was shown of one kind: "error", "information", "confirm", "ask", "help". */
    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    /** The action buttons of the confirmations shown, in order. */
    public List<String> confirmations() {
        return shown("confirm").stream().map(Shown::action).toList();
    }

    /** The titles of the questions asked (confirmations and text questions), in order. */
    public List<String> questions() {
        return shown.stream().filter(s -> s.kind().equals("confirm") || s.kind().equals("ask")).map(Shown::title)
                .toList();
    }

    @Override
    public void showError(String sentence, Throwable detail) {
        shown.add(new Shown("error", null, sentence, null, null));
        errors.add(sentence);
    }

    @Override
    public void showInformation(String title, String text) {
        shown.add(new Shown("information", title, text, null, null));
    }

    @Override
    public boolean confirm(String title, String text, String actionButton, String keepButton) {
        shown.add(new Shown("confirm", title, text, actionButton, keepButton));
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("Unexpected confirmation: " + title + " / " + text);
        }
        return confirmAnswers.remove();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        shown.add(new Shown("ask", title, prompt, null, null));
        if (textAnswers.isEmpty()) {
            throw new AssertionError("Unexpected question: " + title + " / " + prompt);
        }
        return textAnswers.remove();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
                                           String extension) {
        if (!saveAnswers.isEmpty()) {
            return saveAnswers.remove();
        }
        return Optional.ofNullable(fileToSave != null || folder == null ? fileToSave : folder.resolve(suggestedName));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return folderAnswers.isEmpty() ? Optional.ofNullable(folder) : folderAnswers.remove();
    }

    @Override
    public void openInSystemViewer(Path file) {
        opened.add(file);
    }

    /** Help is recorded with its pages' titles and keys as the text. */
    @Override
    public void showHelp(String title, List<org.shipshape.gui.common.HelpPage> pages) {
        shown.add(new Shown("help", title, pages.stream().map(page -> page.title() + ": " + page.whatToDo() + " "
                + page.shortcuts().stream().map(s -> s.keysText() + " " + s.description()).toList())
                .reduce("", String::concat), null, null));
    }
}
