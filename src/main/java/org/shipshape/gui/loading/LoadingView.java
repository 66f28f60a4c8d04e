package org.shipshape.gui.loading;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.math.RoundingMode;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.logic.shipments.ShipmentPackage;
import org.shipshape.model.shipments.Shipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loading day, scanner first: the scan field always has the focus, each scan shows large what was loaded and how
 * full the container is, a refusal shows a red banner and beeps. A pick list serves packages without labels.
 */
public final class LoadingView implements SectionView {
    private static final Logger LOG = LoggerFactory.getLogger(LoadingView.class);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private final LoadingViewModel viewModel;
    private final Messages text = Messages.of(LoadingView.class);
    private final BorderPane root = new BorderPane();
    private final TextField scanField = new TextField();

    public LoadingView(GuiContext context) {
        this(new LoadingViewModel(context));
    }

    public LoadingView(LoadingViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("loading");
        root.setPadding(new Insets(12));
        root.setTop(header());
        SplitPane body = new SplitPane(scanPanel(), sidePanel());
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.55);
        root.setCenter(body);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                event.consume();
                onUndo();
            }
        });
        viewModel.refusalsProperty().addListener((obs, old, now) -> beep());
        keepScanFieldFocused();
        viewModel.refresh();
    }

    private Node header() {
        Label title = new Label(text.get("title"));
        title.getStyleClass().add("title-2");
        ComboBox<Shipment> shipment = new ComboBox<>(viewModel.shipmentChoices());
        shipment.setId("loading-shipment");
        shipment.setPromptText(text.get("shipment.prompt"));
        shipment.setCellFactory(list -> new ShipmentCell());
        shipment.setButtonCell(new ShipmentCell());
        shipment.valueProperty().bindBidirectional(viewModel.shipmentProperty());
        shipment.setOnHidden(e -> focusScanField());
        shipment.setFocusTraversable(false);
        Label shipmentLabel = new Label(text.get("shipment.label"));
        shipmentLabel.setLabelFor(shipment);
        Button refresh = new Button(text.get("refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("loading-refresh");
        refresh.setOnAction(e -> onRefresh());
        Label empty = new Label(text.get("empty"));
        empty.setId("loading-empty");
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.shipmentChoices()));
        empty.managedProperty().bind(empty.visibleProperty());
        HBox bar = new HBox(10, title, shipmentLabel, shipment, refresh, empty);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private Node scanPanel() {
        Label banner = new Label();
        banner.setId("loading-refusal");
        banner.textProperty().bind(viewModel.refusalProperty());
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setGraphic(new FontIcon("mdi2a-alert-octagon"));
        banner.setStyle("-fx-background-color: #cf222e; -fx-text-fill: white; -fx-font-size: 20px;"
                + " -fx-font-weight: bold; -fx-padding: 12px; -fx-background-radius: 6px;");
        banner.visibleProperty().bind(viewModel.refusalProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());

        scanField.setId("loading-scan");
        scanField.setPromptText(text.get("scan.prompt"));
        scanField.setStyle("-fx-font-size: 22px;");
        scanField.textProperty().bindBidirectional(viewModel.scanTextProperty());
        scanField.setOnAction(e -> onScan());
        scanField.disableProperty().bind(viewModel.activeProperty().not());
        scanField.setAccessibleHelp(text.get("scan.help"));
        HBox.setHgrow(scanField, Priority.ALWAYS);
        Button undo = new Button(text.get("undo"), new FontIcon("mdi2u-undo"));
        undo.setId("loading-undo");
        undo.setTooltip(new Tooltip(text.get("undo.tooltip")));
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(e -> onUndo());
        undo.setFocusTraversable(false);
        HBox scanRow = new HBox(8, scanField, undo);
        scanRow.setAlignment(Pos.CENTER_LEFT);

        Label number = new Label();
        number.setId("loading-last-number");
        number.textProperty().bind(viewModel.lastNumberProperty());
        number.setStyle("-fx-font-size: 44px; -fx-font-weight: bold;");
        Label action = new Label();
        action.setId("loading-last-action");
        action.textProperty().bind(viewModel.lastActionProperty());
        action.setStyle("-fx-font-size: 18px;");
        Label contents = new Label();
        contents.setId("loading-last-contents");
        contents.textProperty().bind(viewModel.lastContentsProperty());
        contents.setWrapText(true);
        contents.setStyle("-fx-font-size: 18px;");
        Label count = new Label();
        count.setId("loading-count");
        count.textProperty().bind(viewModel.countTextProperty());
        count.setStyle("-fx-font-size: 30px; -fx-font-weight: bold;");

        CapacityPane gauges = new CapacityPane("loading", viewModel.capacityProperty());
        Label fits = new Label();
        fits.setId("loading-box-fits");
        fits.setWrapText(true);
        fits.textProperty().bind(viewModel.boxFitsTextProperty());
        VBox panel = new VBox(12, banner, scanRow, number, action, contents, count, gauges.root(),
                new Label(text.get("boxFit.heading")), fits);
        panel.setPadding(new Insets(0, 12, 0, 0));
        return panel;
    }

    private Node sidePanel() {
        TableView<ShipmentPackage> table = new TableView<>(viewModel.pickList());
        table.setId("loading-pick-list");
        table.setPlaceholder(new Label(text.get("pick.empty")));
        table.getColumns().add(column(text.get("pick.number"), 110, ShipmentPackage::number));
        table.getColumns().add(column(text.get("pick.contents"), 260, ShipmentPackage::contents));
        table.getColumns().add(column(text.get("pick.gross"), 80,
                p -> text.number(p.grossKg())));
        table.getColumns().add(column(text.get("pick.volume"), 80,
                p -> text.number(p.volumeM3().setScale(3, RoundingMode.HALF_UP))));
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
        Label heading = new Label(text.get("pick.heading"));
        heading.getStyleClass().add("title-4");
        heading.setLabelFor(table);
        CategoryChart chart = new CategoryChart("loading-chart", viewModel.byCategory());
        VBox side = new VBox(8, heading, table, chart.node());
        VBox.setVgrow(table, Priority.ALWAYS);
        side.setPadding(new Insets(0, 0, 0, 12));
        return side;
    }

    private static TableColumn<ShipmentPackage, String> column(String title, double width,
                                                               java.util.function.Function<ShipmentPackage, String> value) {
        TableColumn<ShipmentPackage, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
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
            focusScanField();
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

    /**
     * Asks for the focus after the current event; when the screen has just been put in its tab it is laid out on
     * the next pulse, so it asks again then.
     */
    private void focusScanField() {
        Platform.runLater(() -> {
            scanField.requestFocus();
            javafx.scene.Scene scene = scanField.getScene();
            if (scene != null && scene.getFocusOwner() != scanField) {
                Runnable[] again = new Runnable[1];
                again[0] = () -> {
                    scene.removePostLayoutPulseListener(again[0]);
                    if (isShowing()) {
                        scanField.requestFocus();
                    }
                };
                scene.addPostLayoutPulseListener(again[0]);
                scene.getRoot().requestLayout();
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

    private static void beep() {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            Toolkit.getDefaultToolkit().beep();
        } catch (RuntimeException | Error e) {
            // the red banner still shows the refusal; a missing sound device must not stop loading
            LOG.debug("No beep available", e);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.refresh();
        focusScanField();
    }

    /** Shows shipments as "MLI-2026-01 - ML - Hope Project (loading)". */
    private final class ShipmentCell extends ListCell<Shipment> {
        @Override
        protected void updateItem(Shipment item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("shipment.item", item.reference(), item.countryCode(),
                    item.consignee(), item.status().code()));
        }
    }
}
