package org.shipshape.gui.planning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.gui.common.DialogService;

/** Remembers errors and answers the save dialog with a prepared file; no windows. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    Path fileToSave;

    @Override
    public void showError(String sentence, Throwable detail) {
        errors.add(sentence + " (" + detail + ")");
    }

    @Override
    public void showInformation(String title, String text) {
    }

    @Override
    public boolean confirm(String title, String text, String actionButton, String keepButton) {
        return false;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
                                           String extension) {
        return Optional.ofNullable(fileToSave);
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
    }
}
