package org.shipshape.gui.home;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;

/**
 * The first section of the window: the first-shipment checklist (each step ticks itself and links to where it is
 * done), then the shipments being prepared with their fill gauge and what would stop their customs pack, the goods
 * waiting to be packed, and the last backup.
 */
public final class HomeView implements SectionView {
    private final HomeViewModel viewModel;
    private final Messages text = Messages.of(HomeView.class);
    private final ScrollPane root = new ScrollPane();
    private final VBox checklist = new VBox(6);
    private final VBox shipments = new VBox(10);
    private final VBox waiting = new VBox(4);

    /** @param goTo opens a place: a section id of the main window, or "settings" */
    public HomeView(GuiContext context, Consumer<String> goTo) {
        this.viewModel = new HomeViewModel(context, goTo);
        Label title = new Label(text.get("title"));
        title.getStyleClass().add("title-2");
        title.setId("home-title");
        VBox content = new VBox(16, title, checklistPane(), shipmentsPane(), new HBox(16, waitingPane(),
                backupPane()));
        content.setPadding(new Insets(16));
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("home");
        viewModel.steps().addListener((ListChangeListener<HomeViewModel.Step>) c -> fillChecklist());
        viewModel.shipments().addListener((ListChangeListener<HomeViewModel.ShipmentRow>) this::shipmentsChanged);
        viewModel.waitingCategories().addListener((ListChangeListener<String>) c -> fillWaiting());
    }

    private Node checklistPane() {
        Label progress = new Label();
        progress.setId("home-checklist-progress");
        progress.textProperty().bind(viewModel.progressProperty());
        Label intro = new Label(text.get("checklist.intro"));
        intro.setWrapText(true);
        VBox box = new VBox(8, intro, checklist, progress);
        TitledPane pane = new TitledPane(text.get("checklist.title"), box);
        pane.setId("home-checklist");
        viewModel.allDoneProperty().addListener((obs, was, done) -> pane.setExpanded(!done));
        return pane;
    }

    private void fillChecklist() {
        checklist.getChildren().clear();
        for (HomeViewModel.Step step : viewModel.steps()) {
            FontIcon icon = new FontIcon(step.done() ? "mdi2c-check-circle" : "mdi2c-checkbox-blank-circle-outline");
            icon.getStyleClass().add(step.done() ? "success" : "text-muted");
            icon.setIconSize(18);
            Label title = new Label(step.title());
            title.setId("home-step-" + step.step().code());
            title.getStyleClass().add(step.done() ? "home-step-done" : "home-step-todo");
            title.setAccessibleText(step.title() + ": " + (step.done() ? text.get("step.done") : text.get("step.todo")));
            Hyperlink go = new Hyperlink(step.hint());
            go.setId("home-go-" + step.step().code());
            go.setOnAction(e -> viewModel.go(step.step()));
            HBox row = new HBox(8, icon, title, go);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setUserData(step.done());
            checklist.getChildren().add(row);
        }
    }

    private Node shipmentsPane() {
        Label heading = new Label(text.get("shipments.title"));
        heading.getStyleClass().add("title-4");
        Label none = new Label(text.get("shipments.none"));
        none.setId("home-shipments-none");
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.shipments()));
        none.managedProperty().bind(none.visibleProperty());
        shipments.setId("home-shipments");
        return new VBox(8, heading, none, shipments);
    }

    /**
     * A shipment read in idle time replaces its own card only: rebuilding and styling every card on each answer kept
     * the window's thread from a section chosen meanwhile (the answers land while the inventory fills).
     */
    private void shipmentsChanged(ListChangeListener.Change<? extends HomeViewModel.ShipmentRow> change) {
        while (change.next()) {
            boolean oneForOne = change.wasReplaced() && change.getAddedSize() == change.getRemovedSize()
                    && shipments.getChildren().size() == viewModel.shipments().size();
            if (!oneForOne) {
                fillShipments();
                return;
            }
            for (int i = change.getFrom(); i < change.getTo(); i++) {
                shipments.getChildren().set(i, card(viewModel.shipments().get(i)));
            }
        }
    }

    private void fillShipments() {
        shipments.getChildren().setAll(viewModel.shipments().stream().map(this::card).toList());
    }

    private Node card(HomeViewModel.ShipmentRow row) {
        Label reference = new Label(row.reference());
        reference.getStyleClass().add("title-4");
        Label summary = new Label(row.summary());
        ProgressBar gauge = new ProgressBar(Math.min(1, row.fill()));
        gauge.setId("home-fill-" + row.reference());
        gauge.setPrefWidth(260);
        if (row.checked()) {
            gauge.getStyleClass().add(row.fill() > 1 ? "danger" : row.fill() > 0.9 ? "warning" : "success");
        }
        gauge.setAccessibleText(row.fillText());
        Label fill = new Label(row.fillText());
        Label problems = new Label(row.problems());
        problems.setId("home-problems-" + row.reference());
        if (row.checked()) {
            problems.getStyleClass().add(row.blocked() ? "danger" : "success");
        }
        Button documents = new Button(text.get("shipments.documents"), new FontIcon("mdi2f-file-document-outline"));
        documents.setId("home-documents-" + row.reference());
        documents.setOnAction(e -> viewModel.open("documents"));
        Button loading = new Button(text.get("shipments.loading"), new FontIcon("mdi2t-truck-outline"));
        loading.setId("home-loading-" + row.reference());
        loading.setOnAction(e -> viewModel.open("loading"));
        HBox gaugeRow = new HBox(10, gauge, fill);
        gaugeRow.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, new HBox(10, reference, summary), gaugeRow, new HBox(10, problems),
                new HBox(8, documents, loading));
        card.getStyleClass().add("home-card");
        card.setPadding(new Insets(8));
        card.setId("home-shipment-" + row.reference());
        return card;
    }

    private Node waitingPane() {
        Label heading = new Label(text.get("waiting.title"));
        heading.getStyleClass().add("title-4");
        Label count = new Label();
        count.setId("home-waiting");
        count.textProperty().bind(viewModel.waitingProperty());
        Button pack = new Button(text.get("waiting.pack"), new FontIcon("mdi2p-package-variant"));
        pack.setId("home-go-packing");
        pack.setOnAction(e -> viewModel.open("packing"));
        VBox box = new VBox(6, heading, count, waiting, pack);
        box.getStyleClass().add("home-card");
        box.setPadding(new Insets(8));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void fillWaiting() {
        waiting.getChildren().setAll(viewModel.waitingCategories().stream().map(Label::new).toList());
    }

    private Node backupPane() {
        Label heading = new Label(text.get("backup.title"));
        heading.getStyleClass().add("title-4");
        Label last = new Label();
        last.setId("home-last-backup");
        last.setWrapText(true);
        last.textProperty().bind(viewModel.lastBackupProperty());
        Label hint = new Label();
        hint.setId("home-backup-hint");
        hint.textProperty().bind(viewModel.backupHintProperty());
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(6, heading, last, hint);
        box.getStyleClass().add("home-card");
        box.setPadding(new Insets(8));
        box.setPrefWidth(360);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.load();
    }

    @Override
    public boolean readsOnlyWhenShown() {
        return true;
    }

    HomeViewModel viewModel() {
        return viewModel;
    }
}
