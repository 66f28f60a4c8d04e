package org.shipshape.gui.imports;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;

/** The import screen: kind, file, the list of problems and notes, and Import once the file is valid. */
public final class ImportView implements SectionView {
    private final ImportViewModel viewModel;
    private final Messages text = Messages.of(ImportView.class);
    private final VBox root = new VBox(10);
    private final org.shipshape.gui.common.Shortcuts shortcuts = new org.shipshape.gui.common.Shortcuts();

    public ImportView(GuiContext context) {
        this.viewModel = new ImportViewModel(context);
        root.setId("import");
        root.setPadding(new Insets(16));
        Label title = new Label(text.get("title"));
        title.getStyleClass().add("title-3");
        ComboBox<ImportViewModel.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(
                ImportViewModel.Kind.values()));
        kind.setId("import-kind");
        kind.setConverter(Tables.showing(value -> text.get("kind." + value.name().toLowerCase(java.util.Locale.ROOT)),
                ""));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Button choose = new Button(text.get("button.choose"), new FontIcon("mdi2f-folder-open-outline"));
        choose.setId("import-choose");
        choose.disableProperty().bind(viewModel.busyProperty());
        choose.setOnAction(e -> viewModel.chooseFile());
        Button recheck = new Button(text.get("button.check"), new FontIcon("mdi2r-refresh"));
        recheck.setId("import-check");
        recheck.disableProperty().bind(viewModel.fileProperty().isNull().or(viewModel.busyProperty()));
        recheck.setOnAction(e -> viewModel.check());
        Button importButton = new Button(text.get("button.import"), new FontIcon("mdi2d-database-import"));
        importButton.setId("import-run");
        importButton.disableProperty().bind(viewModel.importableProperty().not());
        importButton.setOnAction(e -> viewModel.importNow());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 8, kind, choose, recheck,
                importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        shortcuts.enterPresses(importButton, text.get("shortcut.import"))
                .add(org.shipshape.gui.common.Shortcuts.shortcut(javafx.scene.input.KeyCode.O),
                        text.get("shortcut.choose"), viewModel::chooseFile, choose);
        shortcuts.installOn(root);
        Label file = new Label();
        file.setId("import-file");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.fileProperty().get()
                == null ? text.get("file.none") : text.get("file.chosen", viewModel.fileProperty().get()),
                viewModel.fileProperty()));
        file.setWrapText(true);
        Label columns = new Label();
        columns.setWrapText(true);
        columns.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        columns.getStyleClass().add("text-muted");
        columns.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join(" ", viewModel.columnsHelp()), viewModel.kindProperty()));
        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<String> problems = new ListView<>(viewModel.problems());
        problems.setId("import-problems");
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.summaryProperty().isEmpty())
                .then(text.get("problems.notChecked")).otherwise(text.get("problems.none")));
        problems.setPlaceholder(none);
        ListView<String> notes = new ListView<>(viewModel.notes());
        notes.setId("import-notes");
        notes.setPrefHeight(120);
        root.getChildren().addAll(title, columns, bar, file, summary, new Label(text.get("problems")), problems,
                new Label(text.get("notes")), notes);
        VBox.setVgrow(problems, Priority.ALWAYS);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public java.util.List<org.shipshape.gui.common.Shortcut> shortcuts() {
        return shortcuts.list();
    }
}
