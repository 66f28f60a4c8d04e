package org.shipshape.gui.loading;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.shipshape.gui.common.DialogService;

/** Records what screens show and answers questions from a queue, so view models run without windows. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();

    @Override
    public void showError(String sentence, Throwable detail) {
        errors.add(sentence);
    }

    @Override
    public void showInformation(String title, String text) {
        questions.add(title);
    }

    @Override
    public boolean confirm(String title, String text, String actionButton, String keepButton) {
        questions.add(title);
        return true;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        questions.add(title);
        return Optional.ofNullable(textAnswers.poll());
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
        // nothing to open in tests
    }
}
