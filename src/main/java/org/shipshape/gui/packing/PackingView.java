package org.shipshape.gui.packing;

import org.shipshape.model.common.Severity;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.planning.WillItFitView;
import org.shipshape.gui.planning.WillItFitViewModel;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.logic.packing.PackingListRow;
import org.shipshape.logic.packing.PackingWarning;
import org.shipshape.model.categories.Category;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.model.packing.PackageKind;

/**
 * The packing station: scan or type a number (the field has the focus), describe the contents by category and
 * count, measure, weigh, mark and seal; the packing list of the shipment sits beside the form. Everything works
 * from the keyboard: Enter moves on, Ctrl+N new box, Ctrl+K category, Ctrl+D size, Ctrl+G weight, Ctrl+S seal,
 * F2 scan.
 */
public final class PackingView implements SectionView {
    private final PackingViewModel model;
    private final Messages text = Messages.of(PackingView.class);
    private final BorderPane root = new BorderPane();
    private final TextField scan = field("packing-scan");
    private final TextField category = field("packing-category");
    private final TextField count = field("packing-count");
    private final TextField dimensions = field("packing-dimensions");
    private final TextField weight = field("packing-weight");
    private final TableView<PackingListRow> packingList = new TableView<>();
    private final WillItFitViewModel willItFit;

    public PackingView(GuiContext context) {
        this(new PackingViewModel(context.workspace(), context.tasks(), context.dialogs()),
                new WillItFitViewModel(context));
    }

    public PackingView(PackingViewModel model) {
        this(model, null);
    }

    /** @param willItFit the "will it fit?" answer under the packing list, or null to leave it out */
    public PackingView(PackingViewModel model, WillItFitViewModel willItFit) {
        this.model = model;
        this.willItFit = willItFit;
        root.setId("packing");
        root.setPadding(new Insets(12));
        root.setTop(toolbar());
        SplitPane split = new SplitPane(form(), packingListPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        model.focusRequestProperty().addListener((obs, was, now) -> focus(now));
        installShortcuts();
        model.refreshChoices();
        scan.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(scan::requestFocus);
            }
        });
    }

    private Node toolbar() {
        scan.textProperty().bindBidirectional(model.scanTextProperty());
        scan.setPromptText(text.get("scan.prompt"));
        scan.setPrefColumnCount(14);
        scan.setOnAction(e -> onScan());
        ComboBox<PackingViewModel.ShipmentChoice> shipment = new ComboBox<>(model.shipments());
        shipment.setId("packing-shipment");
        shipment.valueProperty().bindBidirectional(model.shipmentProperty());
        ComboBox<PackageKind> kind = new ComboBox<>();
        kind.getItems().setAll(PackageKind.values());
        kind.setId("packing-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        Button newBox = button("packing-new-box", text.get("newBox"), "mdi2p-package-variant-closed",
                e -> onNewBox());
        newBox.setTooltip(new Tooltip("Ctrl+N"));
        Button bulk = button("packing-bulk-create", text.get("bulk.button"), "mdi2p-package-variant",
                e -> model.createEmptyBoxes());
        Button copy = button("packing-copy", text.get("copy.button"), "mdi2c-content-copy", e -> model.copyCurrent());
        copy.disableProperty().bind(model.currentProperty().isNull());
        HBox bar = new HBox(8, labelled(text.get("scan.label"), scan), labelled(text.get("shipment.label"), shipment),
                labelled(text.get("kind.label"), kind), newBox, bulk, copy);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private Node form() {
        Label title = new Label();
        title.setId("packing-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.when(model.currentProperty().isNull()).then(text.get("empty"))
                .otherwise(model.titleProperty()));
        title.setWrapText(true);

        FlowPane sizes = new FlowPane(6, 6);
        model.boxSizes().addListener((ListChangeListener<BoxSize>) c -> fillSizes(sizes));
        fillSizes(sizes);
        dimensions.textProperty().bindBidirectional(model.dimensionsTextProperty());
        dimensions.setPromptText(text.get("dimensions.prompt"));
        dimensions.setOnAction(e -> model.applyDimensions());

        FlowPane categories = new FlowPane(6, 6);
        model.quickCategories().addListener((ListChangeListener<Category>) c -> fillCategories(categories));
        fillCategories(categories);
        category.textProperty().bindBidirectional(model.categoryTextProperty());
        category.setPromptText(text.get("category.prompt"));
        category.setOnAction(e -> model.confirmCategory());
        Label match = new Label();
        match.setId("packing-category-match");
        match.textProperty().bind(model.categoryMatchProperty());
        count.textProperty().bindBidirectional(model.countTextProperty());
        count.setPromptText(text.get("count.prompt"));
        count.setPrefColumnCount(6);
        count.setOnAction(e -> model.addLine());
        Button add = button("packing-add-line", text.get("addLine"), "mdi2p-plus", e -> model.addLine());
        TextField value = field("packing-value");
        value.textProperty().bindBidirectional(model.valueTextProperty());
        value.setPromptText(text.get("value.prompt"));
        value.setPrefColumnCount(8);
        value.setFocusTraversable(false);
        ComboBox<org.shipshape.model.intake.Condition> condition = new ComboBox<>();
        condition.setId("packing-condition");
        condition.getItems().setAll(org.shipshape.model.intake.Condition.values());
        condition.valueProperty().bindBidirectional(model.conditionProperty());
        condition.setFocusTraversable(false);
        condition.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.shipshape.model.intake.Condition c) {
                return c == null ? "" : c.code();
            }

            @Override
            public org.shipshape.model.intake.Condition fromString(String code) {
                return org.shipshape.model.common.CodedEnum.fromCode(org.shipshape.model.intake.Condition.class, code)
                        .orElse(null);
            }
        });

        TableView<PackingViewModel.LineRow> lines = new TableView<>(model.lines());
        lines.setId("packing-lines");
        lines.getColumns().add(column(text.get("col.line"), "lineNo"));
        lines.getColumns().add(column(text.get("col.description"), "description"));
        lines.getColumns().add(column(text.get("col.count"), "count"));
        lines.getColumns().add(column(text.get("col.unit"), "unit"));
        lines.getColumns().add(column(text.get("col.value"), "value"));
        lines.getColumns().add(column(text.get("col.net"), "netKg"));
        lines.setPlaceholder(new Label(text.get("lines.empty")));
        lines.setPrefHeight(180);
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.removeLine(lines.getSelectionModel().getSelectedItem());
            }
        });

        TextField stockItem = field("packing-stock-item");
        stockItem.textProperty().bindBidirectional(model.stockItemTextProperty());
        stockItem.setPromptText(text.get("stock.itemPrompt"));
        TextField stockQuantity = field("packing-stock-quantity");
        stockQuantity.textProperty().bindBidirectional(model.stockQuantityTextProperty());
        stockQuantity.setPromptText(text.get("stock.quantityPrompt"));
        stockQuantity.setOnAction(e -> model.takeFromStock());
        Button take = button("packing-take-stock", text.get("stock.take"), "mdi2w-warehouse", e -> model.takeFromStock());

        weight.textProperty().bindBidirectional(model.weightTextProperty());
        weight.setPromptText(text.get("weight.prompt"));
        weight.setOnAction(e -> model.saveWeight());
        TextField pallet = field("packing-pallet");
        pallet.textProperty().bindBidirectional(model.palletTextProperty());
        pallet.setPromptText(text.get("pallet.prompt"));
        pallet.setOnAction(e -> model.putOnPallet());

        HBox marks = new HBox(10);
        for (HandlingMark mark : HandlingMark.values()) {
            CheckBox box = new CheckBox(text.get("mark." + mark.code()));
            box.setId("packing-mark-" + mark.code());
            box.selectedProperty().bindBidirectional(model.markProperty(mark));
            box.disableProperty().bind(model.editableProperty().not());
            marks.getChildren().add(box);
        }

        VBox warnings = new VBox(4);
        warnings.setId("packing-warnings");
        model.warnings().addListener((ListChangeListener<PackingWarning>) c -> fillWarnings(warnings));

        Label message = new Label();
        message.setId("packing-message");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Button seal = button("packing-seal", text.get("seal"), "mdi2l-lock", e -> model.seal());
        seal.setTooltip(new Tooltip("Ctrl+S"));
        seal.disableProperty().bind(model.editableProperty().not());
        seal.getStyleClass().add("accent");
        Button reopen = button("packing-reopen", text.get("reopen"), "mdi2l-lock-open-variant", e -> model.reopen());
        reopen.disableProperty().bind(model.sealedProperty().not());
        Button labels = button("packing-open-label", text.get("labels.openOne"), "mdi2l-label-outline",
                e -> model.openLabels(model.currentNumberAsList()));
        labels.disableProperty().bind(model.currentProperty().isNull());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(text.get("size.label")), new VBox(6, sizes, dimensions));
        grid.addRow(row++, new Label(text.get("category.label")), new VBox(6, categories,
                new HBox(6, category, count, add), new HBox(6, condition, value), match));
        grid.addRow(row++, new Label(text.get("stock.label")), new HBox(6, stockItem, stockQuantity, take));
        grid.addRow(row++, new Label(text.get("weight.label")), weight);
        grid.addRow(row++, new Label(text.get("pallet.label")), pallet);
        grid.addRow(row, new Label(text.get("marks.label")), marks);
        HBox.setHgrow(category, Priority.ALWAYS);
        for (Node n : new Node[] {sizes, categories, dimensions, category, count, add, value, condition, stockItem,
            stockQuantity, take,
            weight, pallet, lines}) {
            n.disableProperty().bind(model.editableProperty().not());
        }
        VBox fields = new VBox(10, title, grid, lines, warnings);
        fields.setPadding(new Insets(0, 10, 0, 0));
        ScrollPane scrolling = new ScrollPane(fields);
        scrolling.setId("packing-form-scroll");
        scrolling.setFitToWidth(true);
        // the message and Seal stay in sight under the fields, however small the screen
        VBox actions = new VBox(8, message, new HBox(8, seal, reopen, labels));
        actions.setPadding(new Insets(8, 10, 0, 0));
        BorderPane form = new BorderPane(scrolling);
        form.setBottom(actions);
        return form;
    }

    private Node packingListPane() {
        packingList.setId("packing-list");
        packingList.setItems(model.packingList());
        packingList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        packingList.getColumns().add(rowColumn(text.get("col.number"), PackingListRow::number));
        packingList.getColumns().add(rowColumn(text.get("col.kind"), r -> text.value(r.kind())));
        packingList.getColumns().add(rowColumn(text.get("col.status"), r -> text.value(r.status())));
        packingList.getColumns().add(rowColumn(text.get("col.count"), r -> text.number(r.itemCount())));
        packingList.getColumns().add(rowColumn(text.get("col.gross"), r -> text.number(r.grossKg())));
        packingList.getColumns().add(rowColumn(text.get("col.contents"), PackingListRow::contents));
        packingList.setPlaceholder(new Label(text.get("list.empty")));
        packingList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && packingList.getSelectionModel().getSelectedItem() != null) {
                model.loadByNumber(packingList.getSelectionModel().getSelectedItem().number());
            }
        });
        Label totals = new Label();
        totals.setId("packing-list-totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> text.get("list.totals",
                model.packingList().size(), model.packingList().stream().filter(r -> r.grossKg() != null)
                        .map(PackingListRow::grossKg).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)),
                model.packingList()));

        ComboBox<LabelStock> stock = new ComboBox<>(model.labelStocks());
        stock.setId("packing-label-stock");
        stock.valueProperty().bindBidirectional(model.labelStockProperty());
        stock.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LabelStock s) {
                return s == null ? "" : s.name();
            }

            @Override
            public LabelStock fromString(String string) {
                return null;
            }
        });
        TextField start = field("packing-start-position");
        start.setPrefColumnCount(3);
        start.textProperty().bindBidirectional(model.startPositionTextProperty());
        ComboBox<String> printer = new ComboBox<>(model.printers());
        printer.setId("packing-printer");
        printer.valueProperty().bindBidirectional(model.printerProperty());
        printer.setOnShowing(e -> model.refreshPrinters());
        Button reprint = button("packing-reprint-selected", text.get("labels.openSelected"), "mdi2f-file-pdf-box",
                e -> model.openLabels(PackingViewModel.numbersOf(packingList.getSelectionModel().getSelectedItems())));
        Button printSelected = button("packing-print-selected", text.get("labels.printSelected"), "mdi2p-printer",
                e -> model.printLabels(PackingViewModel.numbersOf(packingList.getSelectionModel().getSelectedItems())));
        Button all = button("packing-labels-all", text.get("labels.openAll"), "mdi2l-label-multiple-outline",
                e -> model.openLabels(PackingViewModel.numbersOf(model.packingList())));
        VBox.setVgrow(packingList, Priority.ALWAYS);
        VBox pane = new VBox(8, new Label(text.get("list.title")), packingList, totals,
                new HBox(6, labelled(text.get("labels.stock"), stock), labelled(text.get("labels.start"), start),
                        labelled(text.get("labels.printer"), printer)),
                new HBox(6, reprint, printSelected, all));
        if (willItFit != null) {
            pane.getChildren().add(new WillItFitView(willItFit, "packing", model::shipmentReference).root());
        }
        pane.setPadding(new Insets(0, 0, 0, 10));
        return pane;
    }

    private void fillSizes(FlowPane pane) {
        pane.getChildren().clear();
        for (BoxSize size : model.boxSizes()) {
            Button b = new Button(size.code() + " " + size.dimensions());
            b.setId("packing-size-" + size.code());
            b.setTooltip(new Tooltip(size.name()));
            b.setOnAction(e -> model.applySize(size));
            pane.getChildren().add(b);
        }
    }

    private void fillCategories(FlowPane pane) {
        pane.getChildren().clear();
        for (Category c : model.quickCategories()) {
            Button b = new Button(c.name());
            b.setId("packing-category-" + c.id());
            b.setFocusTraversable(false);
            b.setOnAction(e -> model.chooseCategory(c));
            pane.getChildren().add(b);
        }
    }

    private void fillWarnings(VBox box) {
        box.getChildren().clear();
        for (PackingWarning w : model.warnings()) {
            Label label = new Label(text.get("warning." + w.level().name().toLowerCase(java.util.Locale.ROOT))
                    + " " + text.render(w.text()));
            label.setWrapText(true);
            label.getStyleClass().add(w.level() == Severity.BLOCK ? "danger" : "warning");
            box.getChildren().add(label);
        }
    }

    /**
     * Shortcuts work while the focus is inside this screen only (a key filter on the root, not scene
     * accelerators), so Ctrl+S never seals a package from another section.
     */
    private void installShortcuts() {
        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        shortcuts.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNewBox);
        shortcuts.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::onSeal);
        shortcuts.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                () -> focus(PackingViewModel.Focus.CATEGORY));
        shortcuts.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> focus(PackingViewModel.Focus.DIMENSIONS));
        shortcuts.put(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN),
                () -> focus(PackingViewModel.Focus.WEIGHT));
        shortcuts.put(new KeyCodeCombination(KeyCode.F2), () -> focus(PackingViewModel.Focus.SCAN));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> shortcuts.entrySet().stream()
                .filter(entry -> entry.getKey().match(event)).findFirst().ifPresent(entry -> {
                    entry.getValue().run();
                    event.consume();
                }));
    }

    private void onSeal() {
        model.seal();
    }

    private void onScan() {
        model.scan();
    }

    private void onNewBox() {
        model.newBox();
    }

    private void focus(PackingViewModel.Focus target) {
        if (target == null) {
            return;
        }
        TextField field = switch (target) {
            case SCAN -> scan;
            case CATEGORY -> category;
            case COUNT -> count;
            case DIMENSIONS -> dimensions;
            case WEIGHT -> weight;
        };
        field.requestFocus();
        field.selectAll();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static Button button(String id, String label, String icon,
                                 javafx.event.EventHandler<javafx.event.ActionEvent> handler) {
        Button b = new Button(label, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(handler);
        return b;
    }

    private static VBox labelled(String caption, Node control) {
        Label label = new Label(caption);
        label.setLabelFor(control);
        return new VBox(2, label, control);
    }

    private static <S> TableColumn<S, Object> column(String title, String property) {
        TableColumn<S, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(new PropertyValueFactory<>(property));
        return column;
    }

    private static TableColumn<PackingListRow, String> rowColumn(String title,
                                                                java.util.function.Function<PackingListRow, String> value) {
        TableColumn<PackingListRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        model.refreshChoices();
        scan.requestFocus();
    }
}
