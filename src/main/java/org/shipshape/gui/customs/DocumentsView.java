package org.shipshape.gui.customs;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.DocumentRevision;
import org.shipshape.model.customs.PackProblem;

/** The Documents section: check a shipment and print its customs pack. */
public final class DocumentsView implements SectionView {
    private final DocumentsViewModel viewModel;
    private final Messages text = Messages.of(DocumentsView.class);
    private final VBox root = new VBox(10);
    private final ListView<DocumentRevision> revisions = new ListView<>();

    public DocumentsView(GuiContext context) {
        this(new DocumentsViewModel(context));
    }

    DocumentsView(DocumentsViewModel viewModel) {
        this.viewModel = viewModel;
        build();
        viewModel.refresh();
    }

    private void build() {
        root.setId("documents-view");
        root.setPadding(new Insets(16));

        ComboBox<String> shipment = new ComboBox<>(viewModel.shipments());
        shipment.setId("documents-shipment");
        shipment.valueProperty().bindBidirectional(viewModel.shipmentProperty());
        shipment.setPromptText(text.get("shipment.prompt"));
        Label shipmentLabel = new Label(text.get("shipment.label"));
        shipmentLabel.setLabelFor(shipment);

        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(viewModel.languages());
        language.setId("documents-language");
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null ? "" : value.nativeName() + " (" + value.code() + ")";
            }

            @Override
            public Language fromString(String string) {
                return Language.fromCode(string).orElse(null);
            }
        });
        Label languageLabel = new Label(text.get("language.label"));
        languageLabel.setLabelFor(language);

        Button check = new Button(text.get("check.button"), new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        check.setId("documents-check");
        check.setOnAction(e -> onCheck());
        HBox choose = new HBox(8, shipmentLabel, shipment, languageLabel, language, check);
        choose.setAlignment(Pos.CENTER_LEFT);

        Label problemsTitle = new Label(text.get("problems.title"));
        problemsTitle.getStyleClass().add("title-4");
        ListView<PackProblem> problems = new ListView<>(viewModel.problems());
        problems.setId("documents-problems");
        problems.setPlaceholder(new Label(text.get("problems.none")));
        problems.setCellFactory(list -> new ProblemCell());
        VBox.setVgrow(problems, Priority.ALWAYS);

        Button draft = new Button(text.get("draft.button"));
        draft.setId("documents-write-draft");
        draft.disableProperty().bind(viewModel.draftDisabled());
        draft.setOnAction(e -> onWriteDraft());
        Button finalPack = new Button(text.get("final.button"));
        finalPack.setId("documents-write-final");
        finalPack.getStyleClass().add("accent");
        finalPack.disableProperty().bind(viewModel.finalDisabled());
        finalPack.setOnAction(e -> onWriteFinal());
        Label status = new Label();
        status.setId("documents-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        HBox actions = new HBox(8, draft, finalPack, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label revisionsTitle = new Label(text.get("revisions.title"));
        revisionsTitle.getStyleClass().add("title-4");
        revisions.setItems(viewModel.revisions());
        revisions.setId("documents-revisions");
        revisions.setPlaceholder(new Label(text.get("revisions.none")));
        revisions.setPrefHeight(150);
        revisions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentRevision item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get("revision.line", item.documentNumber(),
                        item.revision(), item.language() == null ? "" : item.language().code(),
                        String.valueOf(item.createdAt()), item.createdBy() == null ? "" : item.createdBy()));
            }
        });
        Button reprint = new Button(text.get("reprint.button"));
        reprint.setId("documents-reprint");
        reprint.disableProperty().bind(viewModel.reprintDisabled()
                .or(revisions.getSelectionModel().selectedItemProperty().isNull()));
        reprint.setOnAction(e -> onReprint());

        root.getChildren().addAll(choose, problemsTitle, problems, actions,
                new PackPrintPane(viewModel.printing()).root(), revisionsTitle, revisions, reprint);
    }

    private final class ProblemCell extends ListCell<PackProblem> {
        @Override
        protected void updateItem(PackProblem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(item.isBlocking() ? MaterialDesignC.CLOSE_OCTAGON : MaterialDesignA.ALERT);
            icon.getStyleClass().add(item.isBlocking() ? "danger" : "warning");
            icon.setIconColor(item.isBlocking() ? javafx.scene.paint.Color.FIREBRICK
                    : javafx.scene.paint.Color.DARKGOLDENROD);
            setGraphic(icon);
            setText(text.get(item.isBlocking() ? "problem.blocking" : "problem.warning", item.where(),
                    item.problem(), item.fix()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }

    private void onCheck() {
        viewModel.check();
    }

    private void onWriteDraft() {
        viewModel.writePack(true);
    }

    private void onWriteFinal() {
        viewModel.writePack(false);
    }

    private void onReprint() {
        viewModel.reprint(revisions.getSelectionModel().getSelectedItem());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.refresh();
    }
}
