package org.shipshape.gui.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.gui.common.DialogService;

/** A dialog service for tests: records what would be shown and answers with prepared choices. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Path fileToSave;
    public Path fileToOpen;
    /** The folder chosen when asked for one, and where files to save go when no fileToSave is set. */
    public Path folder;
    public final List<Path> opened = new ArrayList<>();

    @Override
    public void showError(String sentence, Throwable detail) {
        errors.add(sentence);
    }

    @Override
    public void showInformation(String title, String text) {
    }

    @Override
    public boolean confirm(String title, String text, String actionButton, String keepButton) {
        confirmations.add(text);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
                                           String extension) {
        return Optional.ofNullable(fileToSave != null || folder == null ? fileToSave : folder.resolve(suggestedName));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public void openInSystemViewer(Path file) {
        opened.add(file);
    }
}
