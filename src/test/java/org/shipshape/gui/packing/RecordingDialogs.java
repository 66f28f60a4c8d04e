package org.shipshape.gui.packing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.shipshape.gui.common.DialogService;

/** A dialog service that answers from a script and records what was shown. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    final Deque<String> answers = new ArrayDeque<>();
    boolean confirmAnswer = true;

    @Override
    public void showError(String sentence, Throwable detail) {
        errors.add(sentence + (detail == null ? "" : " / " + detail));
    }

    @Override
    public void showInformation(String title, String text) {
        confirmations.add(title + ": " + text);
    }

    @Override
    public boolean confirm(String title, String text, String actionButton, String keepButton) {
        confirmations.add(actionButton);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
                                           String extension) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public void openInSystemViewer(Path file) {
        opened.add(file);
    }
}
