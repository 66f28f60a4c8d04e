package org.shipshape.gui.safety;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.shipshape.gui.common.Messages;

/** Lists the backups with date, size and check result; the result is the backup chosen to restore. */
final class RestoreDialog {
    private final Dialog<Optional<Path>> dialog = new Dialog<>();

    RestoreDialog(BackupViewModel viewModel, Messages text, Supplier<Optional<Path>> chooseOtherFile) {
        dialog.setTitle(text.get("restore.title"));
        dialog.setHeaderText(text.get("restore.header"));
        dialog.getDialogPane().setId("restore-dialog");

        TableView<BackupViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("restore-backups");
        table.setPlaceholder(new Label(text.get("restore.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(text.get("restore.when"), r -> new SimpleStringProperty(r.when()), 130));
        table.getColumns().add(column(text.get("restore.kind"),
                r -> new SimpleStringProperty(text.get("kind." + r.entry().kind().label())), 110));
        table.getColumns().add(column(text.get("restore.size"), r -> new SimpleStringProperty(r.size()), 80));
        TableColumn<BackupViewModel.Row, String> check = new TableColumn<>(text.get("restore.check"));
        check.setCellValueFactory(c -> c.getValue().checkProperty());
        table.getColumns().add(check);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty()
                .set(row));
        if (viewModel.selectedProperty().get() != null) {
            table.getSelectionModel().select(viewModel.selectedProperty().get());
        }
        viewModel.selectedProperty().addListener((obs, old, row) -> table.getSelectionModel().select(row));
        table.setPrefSize(640, 280);
        dialog.getDialogPane().setContent(new VBox(8, table));

        ButtonType restore = new ButtonType(text.get("restore.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(text.get("restore.other"), ButtonBar.ButtonData.LEFT);
        ButtonType keep = new ButtonType(text.get("restore.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, other, keep);
        dialog.getDialogPane().lookupButton(restore).setId("restore-selected-button");
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(viewModel.canRestoreProperty().not());
        dialog.setResultConverter(button -> {
            if (button == restore) {
                return Optional.of(viewModel.selectedProperty().get().entry().file());
            }
            if (button == other) {
                return chooseOtherFile.get();
            }
            return Optional.empty();
        });
    }

    private static TableColumn<BackupViewModel.Row, String> column(String title,
            java.util.function.Function<BackupViewModel.Row, javafx.beans.value.ObservableValue<String>> value,
            double width) {
        TableColumn<BackupViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        return column;
    }

    Optional<Path> showAndWait() {
        return dialog.showAndWait().flatMap(choice -> choice);
    }
}
