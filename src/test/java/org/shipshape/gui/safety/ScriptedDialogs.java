package org.shipshape.gui.safety;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.shipshape.gui.common.DialogService;

/** A dialog service that records what was shown and answers confirmations from a script. */
final class ScriptedDialogs implements DialogService {
    record Shown(String kind, String title, String text, String action, String keep) {
    }

    final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();

    ScriptedDialogs answerConfirm(boolean... answers) {
        for (boolean answer : answers) {
            confirmAnswers.add(answer);
        }
        return this;
    }

    @Override
    public void showError(String sentence, Throwable detail) {
        shown.add(new Shown("error", null, sentence, null, null));
    }

    @Override
    public void showInformation(String title, String text) {
        shown.add(new Shown("information", title, text, null, null));
    }

    @Override
    public boolean confirm(String title, String text, String actionButton, String keepButton) {
        shown.add(new Shown("confirm", title, text, actionButton, keepButton));
        return confirmAnswers.remove();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        throw new AssertionError("not expected");
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
                                           String extension) {
        throw new AssertionError("not expected");
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        throw new AssertionError("not expected");
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        throw new AssertionError("not expected");
    }

    @Override
    public void openInSystemViewer(Path file) {
        throw new AssertionError("not expected");
    }
}
