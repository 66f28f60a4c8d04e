package org.shipshape.gui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Window owner;
    private final HostServices hostServices;

    public FxDialogService(Window owner, HostServices hostServices) {
        this.owner = owner;
        this.hostServices = hostServices;
    }

    /** Dialogs before the main window has a scene (start-up) have no owner, as JavaFX requires. */
    private void own(javafx.scene.control.Dialog<?> dialog) {
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner);
        }
    }

    @Override
    public void showError(String sentence, Throwable detail) {
        if (detail != null) {
            LOG.error(sentence, detail);
        } else {
            LOG.error(sentence);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.CLOSE);
        own(alert);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("information-dialog");
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String text, String actionButton, String keepButton) {
        ButtonType action = new ButtonType(actionButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(keepButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, action, keep);
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        TextInputDialog dialog = new TextInputDialog(initialValue == null ? "" : initialValue);
        own(dialog);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.getDialogPane().setId("ask-text-dialog");
        dialog.getEditor().setId("ask-text-field");
        return dialog.showAndWait().map(String::trim);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
                                           String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription,
                List.of(extensions).stream().map(e -> "*." + e).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public void openInSystemViewer(Path file) {
        hostServices.showDocument(file.toUri().toString());
    }

    @Override
    public void showHelp(String title, List<HelpPage> pages) {
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(14);
        content.setPadding(new javafx.geometry.Insets(4, 12, 4, 4));
        for (HelpPage page : pages) {
            javafx.scene.control.Label heading = new javafx.scene.control.Label(page.title());
            heading.getStyleClass().add("title-4");
            javafx.scene.control.Label what = new javafx.scene.control.Label(page.whatToDo());
            what.setWrapText(true);
            javafx.scene.layout.GridPane keys = new javafx.scene.layout.GridPane();
            keys.setHgap(16);
            keys.setVgap(4);
            int row = 0;
            for (Shortcut shortcut : page.shortcuts()) {
                javafx.scene.control.Label key = new javafx.scene.control.Label(shortcut.keysText());
                key.getStyleClass().add("help-key");
                key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                javafx.scene.control.Label does = new javafx.scene.control.Label(shortcut.description());
                does.setWrapText(true);
                keys.addRow(row++, key, does);
            }
            content.getChildren().add(new javafx.scene.layout.VBox(6, heading, what, keys));
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, Math.min(560, 120 + 26.0 * pages.stream().mapToInt(p -> p.shortcuts().size() + 3)
                .sum()));
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        own(dialog);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("help-dialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
