package org.shipshape.gui.loading;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Columns;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.Placeholders;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Shortcut;
import org.shipshape.gui.common.Shortcuts;
import org.shipshape.logic.shipments.ShipmentPackage;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.shipments.Shipment;

/**
 * Loading day, scanner first: the scan field always has the focus and never moves; below it one answer in a fixed
 * place, green with a high tone for a package loaded, red with two low tones for a refusal; then how full the
 * container is. A pick list serves packages without labels.
 */
public final class LoadingView implements SectionView {
    private static final double FEEDBACK_HEIGHT = 96;
    private final LoadingViewModel viewModel;
    private final ScanSounds sounds;
    private final Messages text = Messages.of(LoadingView.class);
    private final Catalogue formats = text.catalogue();
    private final BorderPane root = new BorderPane();
    private final TextField scanField = new TextField();
    private final Shortcuts shortcuts = new Shortcuts();

    public LoadingView(GuiContext context) {
        this(new LoadingViewModel(context), new ToneSounds());
    }

    public LoadingView(LoadingViewModel viewModel) {
        this(viewModel, ScanSounds.NONE);
    }

    public LoadingView(LoadingViewModel viewModel, ScanSounds sounds) {
        this.viewModel = viewModel;
        this.sounds = sounds;
        root.setId("loading");
        root.setPadding(new Insets(12));
        root.setTop(header());
        SplitPane body = new SplitPane(scanPanel(), sidePanel());
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.55);
        root.setCenter(body);
        viewModel.refusalsProperty().addListener((obs, old, now) -> sounds.refused());
        viewModel.successesProperty().addListener((obs, old, now) -> sounds.loaded());
        shortcuts.installOn(root);
        keepScanFieldFocused();
    }

    private Node header() {
        Label title = new Label(text.get("title"));
        title.getStyleClass().add("title-2");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Shipment> shipment = new ComboBox<>(viewModel.shipmentChoices());
        shipment.setId("loading-shipment");
        shipment.setPromptText(text.get("shipment.prompt"));
        shipment.setCellFactory(list -> new ShipmentCell());
        shipment.setButtonCell(new ShipmentCell());
        shipment.valueProperty().bindBidirectional(viewModel.shipmentProperty());
        shipment.setOnHidden(e -> focusScanField());
        shipment.setFocusTraversable(false);
        shipment.setMaxWidth(560);
        Label shipmentLabel = new Label(text.get("shipment.label"));
        shipmentLabel.setLabelFor(shipment);
        shipmentLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button refresh = new Button(text.get("refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("loading-refresh");
        refresh.setOnAction(e -> onRefresh());
        refresh.setFocusTraversable(false);
        shortcuts.add(Shortcuts.key(KeyCode.F5), text.get("shortcut.refresh"), this::onRefresh, refresh);
        Label empty = new Label(text.get("empty"));
        empty.setId("loading-empty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(viewModel.nothingToLoadProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        HBox choose = new HBox(8, shipmentLabel, shipment, refresh);
        choose.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(14, 8, title, choose, empty);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private Node scanPanel() {
        scanField.setId("loading-scan");
        scanField.setPromptText(text.get("scan.prompt"));
        scanField.setStyle("-fx-font-size: 22px;");
        scanField.textProperty().bindBidirectional(viewModel.scanTextProperty());
        scanField.setOnAction(e -> onScan());
        scanField.disableProperty().bind(viewModel.activeProperty().not().and(viewModel.busyProperty().not()));
        scanField.setAccessibleHelp(text.get("scan.help"));
        HBox.setHgrow(scanField, Priority.ALWAYS);
        Button undo = new Button(text.get("undo"), new FontIcon("mdi2u-undo"));
        undo.setId("loading-undo");
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(e -> onUndo());
        undo.setFocusTraversable(false);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        shortcuts.describe(Shortcuts.ENTER, text.get("shortcut.scan"), scanField)
                .add(Shortcuts.shortcut(KeyCode.Z), text.get("shortcut.undo"), this::onUndo, undo);
        HBox scanRow = new HBox(8, scanField, undo);
        scanRow.setAlignment(Pos.CENTER_LEFT);

        Label number = new Label();
        number.setId("loading-last-number");
        number.textProperty().bind(viewModel.lastNumberProperty());
        number.getStyleClass().add("big-number");
        number.visibleProperty().bind(viewModel.lastNumberProperty().isNotEmpty());
        number.managedProperty().bind(number.visibleProperty());
        Label previous = new Label();
        previous.setId("loading-previous");
        previous.textProperty().bind(viewModel.previousProperty());
        previous.getStyleClass().add("text-muted");
        previous.visibleProperty().bind(viewModel.previousProperty().isNotEmpty());
        previous.managedProperty().bind(previous.visibleProperty());
        Label contents = new Label();
        contents.setId("loading-last-contents");
        contents.textProperty().bind(viewModel.lastContentsProperty());
        contents.setWrapText(true);
        contents.setStyle("-fx-font-size: 16px;");
        Label count = new Label();
        count.setId("loading-count");
        count.textProperty().bind(viewModel.countTextProperty());
        count.setStyle("-fx-font-size: 26px; -fx-font-weight: bold;");

        CapacityPane gauges = new CapacityPane("loading", viewModel.capacityProperty());
        Label fitsHeading = new Label(text.get("boxFit.heading"));
        Label fits = new Label();
        fits.setId("loading-box-fits");
        fits.setWrapText(true);
        fits.textProperty().bind(viewModel.boxFitsTextProperty());
        VBox details = new VBox(10, number, previous, contents, count, gauges.root(), fitsHeading, fits);
        details.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox panel = new VBox(10, scanRow, feedback(), scroll);
        panel.setPadding(new Insets(0, 12, 0, 0));
        return panel;
    }

    /** One place, one height: the answer to the last scan never pushes the scan field or anything else around. */
    private Node feedback() {
        Label refused = new Label();
        refused.setId("loading-refusal");
        refused.textProperty().bind(viewModel.refusalProperty());
        refused.setWrapText(true);
        refused.setGraphic(new FontIcon("mdi2a-alert-octagon"));
        refused.visibleProperty().bind(viewModel.refusalProperty().isNotEmpty());
        Label done = new Label();
        done.setId("loading-last-action");
        done.textProperty().bind(viewModel.lastActionProperty());
        done.setWrapText(true);
        done.setGraphic(new FontIcon("mdi2c-check-circle"));
        // no tick beside an empty line before the first scan
        done.visibleProperty().bind(viewModel.refusalProperty().isEmpty()
                .and(viewModel.lastActionProperty().isNotEmpty()));
        StackPane box = new StackPane(done, refused);
        box.setId("loading-feedback");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("scan-feedback");
        box.setMinHeight(FEEDBACK_HEIGHT);
        box.setPrefHeight(FEEDBACK_HEIGHT);
        box.setMaxHeight(FEEDBACK_HEIGHT);
        viewModel.outcomeProperty().addListener((obs, old, now) -> style(box, now));
        style(box, viewModel.outcomeProperty().get());
        return box;
    }

    private static void style(Node box, LoadingViewModel.Outcome outcome) {
        box.getStyleClass().removeAll("scan-ready", "scan-success", "scan-refusal");
        box.getStyleClass().add(switch (outcome) {
            case LOADED -> "scan-success";
            case REFUSED -> "scan-refusal";
            case READY, UNDONE -> "scan-ready";
        });
    }

    private Node sidePanel() {
        TableView<ShipmentPackage> table = new TableView<>(viewModel.pickList());
        table.setId("loading-pick-list");
        table.setPlaceholder(Placeholders.loadingOr(viewModel.busyProperty(), text.get("pick.empty")));
        table.getColumns().add(Columns.text(text.get("pick.number"), "loading-pick-number", ShipmentPackage::number));
        table.getColumns().add(Columns.text(text.get("pick.contents"), "loading-pick-contents",
                ShipmentPackage::contents));
        table.getColumns().add(Columns.numeric(Columns.shown(text.get("pick.gross"), "loading-pick-gross",
                ShipmentPackage::grossKg, formats::weight)));
        table.getColumns().add(Columns.numeric(Columns.shown(text.get("pick.volume"), "loading-pick-volume",
                ShipmentPackage::volumeM3, formats::volume)));
        Columns.fitToContent(table, "loading-pick-list");
        table.setRowFactory(t -> {
            TableRow<ShipmentPackage> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onPick(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                onPick(table.getSelectionModel().getSelectedItem());
            }
        });
        shortcuts.describe(Shortcuts.ENTER, text.get("shortcut.pick"), table);
        Label heading = new Label(text.get("pick.heading"));
        heading.getStyleClass().add("title-4");
        heading.setLabelFor(table);
        heading.setWrapText(true);
        CategoryChart chart = new CategoryChart("loading-chart", viewModel.byCategory());
        VBox side = new VBox(8, heading, table, chart.node());
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(150); // room for a few rows or the whole empty-list sentence; the chart gives way
        side.setPadding(new Insets(0, 0, 0, 12));
        return side;
    }

    /**
     * The scanner types into whatever has focus: give it back to the scan field whenever the window regains it,
     * and whenever focus leaves this screen's controls (a tab header, nothing) while the screen is showing.
     */
    private void keepScanFieldFocused() {
        scanField.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene == null) {
                return;
            }
            scene.focusOwnerProperty().addListener((o, was, owner) -> {
                if (isShowing() && (owner == null || !isInside(owner))) {
                    focusScanField();
                }
            });
            scene.windowProperty().addListener((o, oldWindow, window) -> watchWindow(window));
            watchWindow(scene.getWindow());
        });
        viewModel.activeProperty().addListener((obs, was, active) -> focusScanField());
    }

    private void watchWindow(javafx.stage.Window window) {
        if (window != null) {
            window.focusedProperty().addListener((f, was, focused) -> {
                if (focused && isShowing()) {
                    focusScanField();
                }
            });
        }
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    /** Other sections' tabs keep their content in the scene, hidden; only a visible screen takes the focus. */
    private boolean isShowing() {
        for (Node n = root; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return root.getScene() != null;
    }

    /** Takes the focus now, and once more after the next layout in case the screen was not laid out yet. */
    private void focusScanField() {
        scanField.requestFocus();
        Platform.runLater(() -> {
            if (isShowing() && scanField.getScene() != null && scanField.getScene().getFocusOwner() != scanField
                    && !(scanField.getScene().getFocusOwner() != null && isInside(scanField.getScene()
                    .getFocusOwner()))) {
                scanField.requestFocus();
            }
        });
    }

    private void onScan() {
        viewModel.scan();
        focusScanField();
    }

    private void onUndo() {
        viewModel.undoLastScan();
        focusScanField();
    }

    private void onPick(ShipmentPackage item) {
        viewModel.scan(item.number());
        focusScanField();
    }

    private void onRefresh() {
        viewModel.refresh();
        focusScanField();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.refresh(); // first: while the shipments are read the field takes scans and keeps them
        focusScanField();
    }

    @Override
    public List<Shortcut> shortcuts() {
        return shortcuts.list();
    }

    /** Shows shipments as "MLI-2026-01 - ML - Hope Project (loading)". */
    private final class ShipmentCell extends ListCell<Shipment> {
        @Override
        protected void updateItem(Shipment item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("shipment.item", item.reference(), item.countryCode(),
                    item.consignee(), text.name(item.status())));
        }
    }
}
