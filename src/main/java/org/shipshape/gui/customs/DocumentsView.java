package org.shipshape.gui.customs;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.Placeholders;
import org.shipshape.gui.common.SectionView;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.DocumentRevision;
import org.shipshape.model.customs.PackProblem;

/**
 * The Documents section: check a shipment and print its customs pack. Problems of one kind are one line that
 * opens to the packages and lines concerned.
 */
public final class DocumentsView implements SectionView {
    private final DocumentsViewModel viewModel;
    private final Messages text = Messages.of(DocumentsView.class);
    private final VBox root = new VBox(10);
    private final ListView<DocumentRevision> revisions = new ListView<>();
    private final TreeView<Object> problems = new TreeView<>(new TreeItem<>());

    public DocumentsView(GuiContext context) {
        this(new DocumentsViewModel(context));
    }

    DocumentsView(DocumentsViewModel viewModel) {
        this.viewModel = viewModel;
        build();
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
        shipmentLabel.setMinWidth(Region.USE_PREF_SIZE);

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
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);

        Button check = new Button(text.get("check.button"), new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        check.setId("documents-check");
        check.setOnAction(e -> onCheck());
        check.disableProperty().bind(viewModel.shipmentProperty().isNull());
        check.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane choose = new FlowPane(12, 8, pair(shipmentLabel, shipment), pair(languageLabel, language), check);
        choose.setAlignment(Pos.CENTER_LEFT);

        Label problemsTitle = new Label(text.get("problems.title"));
        problemsTitle.getStyleClass().add("title-4");
        problems.setId("documents-problems");
        problems.setShowRoot(false);
        problems.setCellFactory(tree -> new ProblemCell());
        Node placeholder = Placeholders.loadingOr(viewModel.checkingProperty(), viewModel.noProblemsTextProperty());
        StackPane problemsBox = new StackPane(problems, placeholder);
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.problems()));
        problemsBox.setAlignment(Pos.CENTER);
        VBox.setVgrow(problemsBox, Priority.ALWAYS);
        problemsBox.setMinHeight(120);
        Label detail = new Label();
        detail.setId("documents-problem-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> describe(
                problems.getSelectionModel().getSelectedItem()), problems.getSelectionModel().selectedItemProperty()));
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        viewModel.problems().addListener((ListChangeListener<DocumentsViewModel.ProblemGroup>) c -> fillProblems());

        Button draft = new Button(text.get("draft.button"));
        draft.setId("documents-write-draft");
        draft.disableProperty().bind(viewModel.draftDisabled());
        draft.setOnAction(e -> onWriteDraft());
        draft.setMinWidth(Region.USE_PREF_SIZE);
        Button finalPack = new Button(text.get("final.button"));
        finalPack.setId("documents-write-final");
        finalPack.getStyleClass().add("accent");
        finalPack.disableProperty().bind(viewModel.finalDisabled());
        finalPack.setOnAction(e -> onWriteFinal());
        finalPack.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("documents-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        org.shipshape.gui.common.Feedback.colour(status, viewModel.statusIsProblemProperty());
        HBox buttons = new HBox(8, draft, finalPack);
        VBox actions = new VBox(6, buttons, status);

        Label revisionsTitle = new Label(text.get("revisions.title"));
        revisionsTitle.getStyleClass().add("title-4");
        revisions.setItems(viewModel.revisions());
        revisions.setId("documents-revisions");
        revisions.setPlaceholder(new Label(text.get("revisions.none")));
        revisions.setPrefHeight(130);
        revisions.setMinHeight(80);
        revisions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentRevision item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get("revision.line", item.documentNumber(),
                        item.revision(), item.language() == null ? "" : item.language().code(), item.createdAt(),
                        item.createdBy() == null ? "" : item.createdBy()));
            }
        });
        Button reprint = new Button(text.get("reprint.button"));
        reprint.setId("documents-reprint");
        reprint.disableProperty().bind(viewModel.reprintDisabled()
                .or(revisions.getSelectionModel().selectedItemProperty().isNull()));
        reprint.setOnAction(e -> onReprint());

        root.getChildren().addAll(choose, problemsTitle, problemsBox, detail, actions,
                new PackPrintPane(viewModel.printing()).root(), revisionsTitle, revisions, reprint);
    }

    /** The whole of the chosen problem, with how to fix it, under the list. */
    private String describe(TreeItem<Object> chosen) {
        if (chosen == null) {
            return "";
        }
        if (chosen.getValue() instanceof DocumentsViewModel.ProblemGroup group) {
            return text.get("detail.group", group.problems().size(), text.render(group.problems().get(0).problem()),
                    text.render(group.fix()));
        }
        PackProblem problem = (PackProblem) chosen.getValue();
        return text.get("detail.problem", text.render(problem.where()), text.render(problem.problem()),
                text.render(problem.fix()));
    }

    private static HBox pair(Label label, Node control) {
        HBox pair = new HBox(8, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    /** One line per kind of problem; a kind found more than once opens to its single problems. */
    private void fillProblems() {
        TreeItem<Object> top = problems.getRoot();
        top.getChildren().clear();
        for (DocumentsViewModel.ProblemGroup group : viewModel.problems()) {
            if (group.problems().size() == 1) {
                top.getChildren().add(new TreeItem<>(group.problems().get(0)));
            } else {
                TreeItem<Object> kind = new TreeItem<>(group);
                group.problems().forEach(p -> kind.getChildren().add(new TreeItem<>(p)));
                top.getChildren().add(kind);
            }
        }
    }

    private final class ProblemCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean blocking;
            if (item instanceof DocumentsViewModel.ProblemGroup group) {
                blocking = group.isBlocking();
                setText(text.get(blocking ? "group.blocking" : "group.warning", group.problems().size(),
                        text.render(group.problems().get(0).problem())));
                setTooltip(new javafx.scene.control.Tooltip(text.render(group.fix())));
            } else {
                PackProblem problem = (PackProblem) item;
                blocking = problem.isBlocking();
                boolean inGroup = getTreeItem() != null && getTreeItem().getParent() != null
                        && getTreeItem().getParent().getValue() instanceof DocumentsViewModel.ProblemGroup;
                String where = text.render(problem.where());
                String what = text.render(problem.problem());
                setText(inGroup ? text.get("problem.inGroup", where, what)
                        : text.get(blocking ? "problem.blocking" : "problem.warning", where, what));
                setTooltip(new javafx.scene.control.Tooltip(text.render(problem.fix())));
            }
            FontIcon icon = new FontIcon(blocking ? MaterialDesignC.CLOSE_OCTAGON : MaterialDesignA.ALERT);
            icon.getStyleClass().add(blocking ? "problem-blocking" : "problem-warning");
            setGraphic(icon);
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

    @Override
    public List<org.shipshape.gui.common.Shortcut> shortcuts() {
        return List.of();
    }
}
