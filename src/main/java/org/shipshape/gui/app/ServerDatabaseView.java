package org.shipshape.gui.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.workspace.Workspace;

/**
 * The File > Open server database dialog: host, port, database, user, TLS and a password field for when the
 * system's password file has none; "Test connection" and "Open" work through {@link ServerDatabaseViewModel} and
 * keep the dialog open until the database is open, so a mistake can be corrected in place.
 */
public final class ServerDatabaseView {
    private final ServerDatabaseViewModel viewModel;
    private final Messages text = Messages.of(ServerDatabaseView.class);
    private final Dialog<Void> dialog = new Dialog<>();

    public ServerDatabaseView(ServerDatabaseViewModel viewModel, Window owner, Consumer<Workspace> onOpened) {
        this.viewModel = viewModel;
        dialog.initOwner(owner);
        dialog.setTitle(text.get("title"));
        dialog.setHeaderText(text.get("header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("server-database-dialog");
        dialog.getDialogPane().setContent(form());

        ButtonType test = new ButtonType(text.get("test"), ButtonBar.ButtonData.LEFT);
        ButtonType open = new ButtonType(text.get("open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(test, open, cancel);
        Node testButton = dialog.getDialogPane().lookupButton(test);
        testButton.setId("server-test-button");
        testButton.disableProperty().bind(viewModel.busyProperty());
        testButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the result
            onTest();
        });
        Node openButton = dialog.getDialogPane().lookupButton(open);
        openButton.setId("server-open-button");
        openButton.disableProperty().bind(viewModel.busyProperty());
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closed once the database is open; a failure is shown in the dialog
            onOpen(onOpened);
        });
        dialog.getDialogPane().lookupButton(cancel).setId("server-cancel-button");
    }

    private VBox form() {
        TextField host = field("server-host", viewModel.hostProperty(), text.get("hostPrompt"));
        TextField port = field("server-port", viewModel.portProperty(), ServerDatabaseViewModel.DEFAULT_PORT);
        port.setPrefColumnCount(6);
        TextField database = field("server-database", viewModel.databaseProperty(), "shipshape");
        TextField user = field("server-user", viewModel.userProperty(), "shipshape");
        ComboBox<ServerDatabaseViewModel.Tls> tls = new ComboBox<>();
        tls.setId("server-tls");
        tls.getItems().setAll(ServerDatabaseViewModel.Tls.values());
        tls.valueProperty().bindBidirectional(viewModel.tlsProperty());
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServerDatabaseViewModel.Tls choice) {
                return choice == null ? "" : text.get("tls." + choice.sslMode());
            }

            @Override
            public ServerDatabaseViewModel.Tls fromString(String label) {
                return null; // not editable
            }
        });
        tls.setMaxWidth(Double.MAX_VALUE);
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        password.setPromptText(text.get("passwordPrompt"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        row(grid, 0, "host", host);
        row(grid, 1, "port", port);
        row(grid, 2, "database", database);
        row(grid, 3, "user", user);
        row(grid, 4, "tls", tls);
        row(grid, 5, "password", password);

        Label passwordNote = new Label(text.get("passwordNote"));
        passwordNote.setId("server-password-note");
        passwordNote.setWrapText(true);
        passwordNote.getStyleClass().add("text-muted");
        passwordNote.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("server-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.statusProperty());
        // a longer sentence needs more lines: the dialog grows with it instead of cutting it off
        status.textProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        viewModel.statusIsProblemProperty().addListener((obs, was, problem) -> {
            status.getStyleClass().remove("danger");
            if (problem) {
                status.getStyleClass().add("danger");
            }
        });
        VBox content = new VBox(10, grid, passwordNote, status);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(560);
        content.setMaxWidth(Double.MAX_VALUE);
        return content;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        return field;
    }

    private void row(GridPane grid, int index, String key, Node control) {
        Label label = new Label(text.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(index, label, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private void onTest() {
        viewModel.testConnection();
    }

    private void onOpen(Consumer<Workspace> onOpened) {
        viewModel.open(workspace -> {
            dialog.close();
            onOpened.accept(workspace);
        });
    }

    /** Shows the dialog; returns at once (the work runs in the background, the dialog closes itself once open). */
    public void show() {
        dialog.show();
    }

    Dialog<Void> dialog() {
        return dialog;
    }
}
