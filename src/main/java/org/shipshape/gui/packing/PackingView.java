package org.shipshape.gui.packing;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Columns;
import org.shipshape.gui.common.Feedback;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.Placeholders;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Shortcut;
import org.shipshape.gui.common.Shortcuts;
import org.shipshape.gui.common.Tables;
import org.shipshape.gui.labels.LabelsPane;
import org.shipshape.gui.labels.LabelsViewModel;
import org.shipshape.gui.planning.WillItFitView;
import org.shipshape.gui.planning.WillItFitViewModel;
import org.shipshape.logic.packing.PackingListRow;
import org.shipshape.logic.packing.PackingWarning;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Severity;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;

/**
 * The packing station: scan or type a number (the field has the focus), describe the contents by category and
 * count, measure, weigh, mark and seal; the packing list of the shipment sits beside the form. Everything works
 * from the keyboard (Enter moves on; Ctrl+N, Ctrl+K, Ctrl+D, Ctrl+G, Ctrl+S, F2, listed under F1). The form scrolls
 * and Seal stays in view at any window size.
 */
public final class PackingView implements SectionView {
    private static final double PACKING_LIST_MIN_HEIGHT = 230;
    private static final double BELOW_LIST_SHARE = 0.45;
    private final PackingViewModel model;
    private final Messages text = Messages.of(PackingView.class);
    private final Catalogue formats = text.catalogue();
    private final BorderPane root = new BorderPane();
    private final TextField scan = field("packing-scan");
    private final TextField category = field("packing-category");
    private final TextField count = field("packing-count");
    private final TextField dimensions = field("packing-dimensions");
    private final TextField weight = field("packing-weight");
    private final TableView<PackingListRow> packingList = new TableView<>();
    private final WillItFitViewModel willItFit;
    private final Shortcuts shortcuts = new Shortcuts();
    private Button newBox;
    private Button seal;

    public PackingView(GuiContext context) {
        this(new PackingViewModel(context, new LabelsViewModel(context)), new WillItFitViewModel(context));
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
        SplitPane split = new SplitPane(formPane(), packingListPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        root.setCenter(split);
        model.focusRequestProperty().addListener((obs, was, now) -> focus(now));
        installShortcuts();
    }

    private Node toolbar() {
        scan.textProperty().bindBidirectional(model.scanTextProperty());
        scan.setPromptText(text.get("scan.prompt"));
        scan.setPrefColumnCount(12);
        scan.setOnAction(e -> onScan());
        ComboBox<PackingViewModel.ShipmentChoice> shipment = new ComboBox<>(model.shipments());
        shipment.setId("packing-shipment");
        shipment.valueProperty().bindBidirectional(model.shipmentProperty());
        ComboBox<PackageKind> kind = new ComboBox<>();
        kind.getItems().setAll(PackageKind.values());
        kind.setId("packing-kind");
        kind.setConverter(Tables.showing(text::name, ""));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        newBox = button("packing-new-box", text.get("newBox"), "mdi2p-package-variant-closed", this::onNewBox);
        Button bulk = button("packing-bulk-create", text.get("bulk.button"), "mdi2p-package-variant",
                model::createEmptyBoxes);
        Button copy = button("packing-copy", text.get("copy.button"), "mdi2c-content-copy", model::copyCurrent);
        copy.disableProperty().bind(model.currentProperty().isNull());
        FlowPane bar = new FlowPane(10, 8, labelled(text.get("scan.label"), scan),
                labelled(text.get("shipment.label"), shipment), labelled(text.get("kind.label"), kind),
                bottomAligned(newBox), bottomAligned(bulk), bottomAligned(copy));
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private Node formPane() {
        Label title = new Label();
        title.setId("packing-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.when(model.currentProperty().isNull()).then(text.get("empty"))
                .otherwise(model.titleProperty()));
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(10, grid(), linesTable(), warnings());
        content.setPadding(new Insets(4, 10, 4, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("packing-form-scroll");
        scroll.getStyleClass().add("edge-to-edge");

        Label message = Feedback.label("packing-message", model.feedback());
        seal = button("packing-seal", text.get("seal"), "mdi2l-lock", this::onSeal);
        seal.disableProperty().bind(model.editableProperty().not());
        seal.getStyleClass().add("accent");
        Button reopen = button("packing-reopen", text.get("reopen"), "mdi2l-lock-open-variant", model::reopen);
        reopen.disableProperty().bind(model.sealedProperty().not());
        FlowPane actions = new FlowPane(8, 6, seal, reopen, labelsPane().currentPackageButton());
        VBox bottom = new VBox(6, message, actions);
        bottom.setPadding(new Insets(8, 10, 0, 0));

        BorderPane pane = new BorderPane(scroll);
        pane.setTop(title);
        pane.setBottom(bottom);
        BorderPane.setMargin(title, new Insets(0, 0, 8, 0));
        return pane;
    }

    private GridPane grid() {
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
        count.setPrefColumnCount(9);
        count.setOnAction(e -> model.addLine());
        Button add = button("packing-add-line", text.get("addLine"), "mdi2p-plus", model::addLine);
        TextField value = field("packing-value");
        value.textProperty().bindBidirectional(model.valueTextProperty());
        value.setPromptText(text.get("value.prompt"));
        value.setPrefColumnCount(14);
        value.setFocusTraversable(false);
        ComboBox<Condition> condition = new ComboBox<>();
        condition.setId("packing-condition");
        condition.getItems().setAll(Condition.values());
        condition.valueProperty().bindBidirectional(model.conditionProperty());
        condition.setFocusTraversable(false);
        condition.setConverter(Tables.showing(text::name, ""));

        TextField stockItem = field("packing-stock-item");
        stockItem.textProperty().bindBidirectional(model.stockItemTextProperty());
        stockItem.setPromptText(text.get("stock.itemPrompt"));
        stockItem.setPrefColumnCount(8);
        TextField stockQuantity = field("packing-stock-quantity");
        stockQuantity.textProperty().bindBidirectional(model.stockQuantityTextProperty());
        stockQuantity.setPromptText(text.get("stock.quantityPrompt"));
        stockQuantity.setPrefColumnCount(12);
        stockQuantity.setOnAction(e -> model.takeFromStock());
        Button take = button("packing-take-stock", text.get("stock.take"), "mdi2w-warehouse", model::takeFromStock);

        weight.textProperty().bindBidirectional(model.weightTextProperty());
        weight.setPromptText(text.get("weight.prompt"));
        weight.setOnAction(e -> model.saveWeight());
        TextField pallet = field("packing-pallet");
        pallet.textProperty().bindBidirectional(model.palletTextProperty());
        pallet.setPromptText(text.get("pallet.prompt"));
        pallet.setOnAction(e -> model.putOnPallet());

        FlowPane marks = new FlowPane(10, 4);
        for (HandlingMark mark : HandlingMark.values()) {
            CheckBox box = new CheckBox(text.get("mark." + mark.code()));
            box.setId("packing-mark-" + mark.code());
            box.selectedProperty().bindBidirectional(model.markProperty(mark));
            box.disableProperty().bind(model.editableProperty().not());
            marks.getChildren().add(box);
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        grid.getColumnConstraints().addAll(labels, fields);
        HBox categoryRow = new HBox(6, category, count, add);
        HBox.setHgrow(category, Priority.ALWAYS);
        category.setMinWidth(120);
        count.setMinWidth(70);
        add.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane lineDetails = new FlowPane(6, 6, condition, value);
        FlowPane stock = new FlowPane(6, 6, stockItem, stockQuantity, take);
        int row = 0;
        grid.addRow(row++, caption("size.label", dimensions), new VBox(6, sizes, dimensions));
        grid.addRow(row++, caption("category.label", category), new VBox(6, categories, categoryRow, lineDetails,
                match));
        grid.addRow(row++, caption("stock.label", stockItem), stock);
        grid.addRow(row++, caption("weight.label", weight), weight);
        grid.addRow(row++, caption("pallet.label", pallet), pallet);
        grid.addRow(row, caption("marks.label", null), marks);
        for (Node n : new Node[] {sizes, categories, dimensions, category, count, add, value, condition, stockItem,
            stockQuantity, take, weight, pallet}) {
            n.disableProperty().bind(model.editableProperty().not());
        }
        shortcuts.describe(Shortcuts.ENTER, text.get("shortcut.addLine"), count);
        return grid;
    }

    private Node linesTable() {
        TableView<PackingViewModel.LineRow> lines = new TableView<>(model.lines());
        lines.setId("packing-lines");
        lines.getColumns().add(Columns.numeric(Columns.text(text.get("col.line"), "packing-line-no",
                r -> String.valueOf(r.lineNo()))));
        lines.getColumns().add(Columns.text(text.get("col.description"), "packing-line-description",
                PackingViewModel.LineRow::description));
        lines.getColumns().add(Columns.numeric(Columns.text(text.get("col.count"), "packing-line-count",
                PackingViewModel.LineRow::count)));
        lines.getColumns().add(Columns.text(text.get("col.unit"), "packing-line-unit",
                PackingViewModel.LineRow::unit));
        lines.getColumns().add(Columns.text(text.get("col.condition"), "packing-line-condition",
                PackingViewModel.LineRow::condition));
        lines.getColumns().add(Columns.numeric(Columns.text(text.get("col.value"), "packing-line-value",
                PackingViewModel.LineRow::value)));
        lines.getColumns().add(Columns.numeric(Columns.text(text.get("col.net"), "packing-line-net",
                PackingViewModel.LineRow::netKg)));
        Columns.fitToContent(lines, "packing-lines");
        Label empty = new Label(text.get("lines.empty"));
        empty.setWrapText(true);
        lines.setPlaceholder(empty);
        lines.setPrefHeight(190);
        lines.setMinHeight(130);
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.removeLine(lines.getSelectionModel().getSelectedItem());
            }
        });
        lines.disableProperty().bind(model.editableProperty().not());
        shortcuts.describe(Shortcuts.key(KeyCode.DELETE), text.get("shortcut.removeLine"), lines);
        return lines;
    }

    private Node warnings() {
        VBox warnings = new VBox(4);
        warnings.setId("packing-warnings");
        model.warnings().addListener((ListChangeListener<PackingWarning>) c -> fillWarnings(warnings));
        return warnings;
    }

    private LabelsPane labelsPane;

    private LabelsPane labelsPane() {
        if (labelsPane == null) {
            labelsPane = new LabelsPane(model.labels(), model::currentNumberAsList,
                    () -> PackingViewModel.numbersOf(packingList.getSelectionModel().getSelectedItems()),
                    () -> PackingViewModel.numbersOf(model.packingList()), model.currentProperty().isNotNull());
        }
        return labelsPane;
    }

    private Node packingListPane() {
        packingList.setId("packing-list");
        packingList.setItems(model.packingList());
        packingList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        packingList.getColumns().add(Columns.text(text.get("col.number"), "packing-list-number",
                PackingListRow::number));
        packingList.getColumns().add(Columns.text(text.get("col.kind"), "packing-list-kind", r -> text.name(r.kind())));
        packingList.getColumns().add(Columns.text(text.get("col.status"), "packing-list-status",
                r -> text.name(r.status())));
        packingList.getColumns().add(Columns.numeric(Columns.shown(text.get("col.count"), "packing-list-count",
                PackingListRow::itemCount, formats::number)));
        packingList.getColumns().add(Columns.numeric(Columns.shown(text.get("col.gross"), "packing-list-gross",
                PackingListRow::grossKg, formats::weight)));
        packingList.getColumns().add(Columns.text(text.get("col.contents"), "packing-list-contents",
                PackingListRow::contents));
        Columns.fitToContent(packingList, "packing-list");
        packingList.setPlaceholder(Placeholders.loadingOr(model.listLoadingProperty(), text.get("list.empty")));
        packingList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && packingList.getSelectionModel().getSelectedItem() != null) {
                model.loadByNumber(packingList.getSelectionModel().getSelectedItem().number());
            }
        });
        // about five rows at the least: the list is what the packer reads; it gets the height the rest leaves
        packingList.setMinHeight(PACKING_LIST_MIN_HEIGHT);
        packingList.setPrefHeight(PACKING_LIST_MIN_HEIGHT);
        Label totals = new Label();
        totals.setId("packing-list-totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> text.get("list.totals",
                model.packingList().size(), model.packingList().stream().filter(r -> r.grossKg() != null)
                        .map(PackingListRow::grossKg).reduce(BigDecimal.ZERO, BigDecimal::add)),
                model.packingList()));
        Label heading = new Label(text.get("list.title"));
        heading.setId("packing-list-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox below = new VBox(8, totals, labelsPane().root());
        if (willItFit != null) {
            below.getChildren().add(new WillItFitView(willItFit, "packing", model::shipmentReference).root());
        }
        below.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane belowScroll = new ScrollPane(below);
        belowScroll.setId("packing-list-below");
        belowScroll.setFitToWidth(true);
        belowScroll.getStyleClass().add("edge-to-edge");
        // a column, not a border pane: on a short window (the empty database's banner above) the border pane laid
        // the list over the second line of the wrapped heading
        VBox pane = new VBox(8, heading, packingList, belowScroll);
        VBox.setVgrow(packingList, Priority.ALWAYS);
        // labels and "will it fit?" take what they need, up to a share of the height; on a short screen they
        // scroll and the list keeps the rest (it was two rows high at 1024x700)
        belowScroll.prefViewportHeightProperty().bind(below.heightProperty());
        belowScroll.maxHeightProperty().bind(pane.heightProperty().multiply(BELOW_LIST_SHARE));
        pane.setPadding(new Insets(0, 4, 0, 10));
        pane.setMinHeight(0);
        return pane;
    }

    private void fillSizes(FlowPane pane) {
        pane.getChildren().clear();
        for (BoxSize size : model.boxSizes()) {
            Button b = new Button(size.code() + " " + size.dimensions());
            b.setId("packing-size-" + size.code());
            b.setTooltip(new Tooltip(size.name()));
            b.setOnAction(e -> model.applySize(size));
            b.setMinWidth(Region.USE_PREF_SIZE);
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
            b.setMinWidth(Region.USE_PREF_SIZE);
            pane.getChildren().add(b);
        }
    }

    private void fillWarnings(VBox box) {
        box.getChildren().clear();
        for (PackingWarning w : model.warnings()) {
            Label label = new Label(text.get("warning." + w.level().name().toLowerCase(java.util.Locale.ROOT))
                    + " " + text.render(w.text()));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add(w.level() == Severity.BLOCK ? "message-problem" : "warning");
            box.getChildren().add(label);
        }
    }

    /**
     * Shortcuts work while the focus is inside this screen only (a key filter on the root, not scene
     * accelerators), so Ctrl+S never seals a package from another section.
     */
    private void installShortcuts() {
        shortcuts.describe(Shortcuts.ENTER, text.get("shortcut.open"), scan)
                .add(Shortcuts.shortcut(KeyCode.N), text.get("shortcut.newBox"), this::onNewBox, newBox)
                .add(Shortcuts.shortcut(KeyCode.S), text.get("shortcut.seal"), this::onSeal, seal)
                .add(Shortcuts.shortcut(KeyCode.K), text.get("shortcut.category"),
                        () -> focus(PackingViewModel.Focus.CATEGORY), category)
                .add(Shortcuts.shortcut(KeyCode.D), text.get("shortcut.size"),
                        () -> focus(PackingViewModel.Focus.DIMENSIONS), dimensions)
                .add(Shortcuts.shortcut(KeyCode.G), text.get("shortcut.weight"),
                        () -> focus(PackingViewModel.Focus.WEIGHT), weight)
                .add(Shortcuts.key(KeyCode.F2), text.get("shortcut.scan"), () -> focus(PackingViewModel.Focus.SCAN),
                        scan);
        shortcuts.installOn(root);
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

    private static Button button(String id, String label, String icon, Runnable action) {
        Button b = new Button(label, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Label caption(String key, Control control) {
        Label label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (control != null) {
            label.setLabelFor(control);
        }
        return label;
    }

    private static VBox labelled(String caption, Control control) {
        Label label = new Label(caption);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(2, label, control);
    }

    private static Node bottomAligned(Node node) {
        VBox box = new VBox(node);
        box.setAlignment(Pos.BOTTOM_LEFT);
        return box;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        scan.requestFocus();
        model.refreshChoices();
    }

    @Override
    public List<Shortcut> shortcuts() {
        return shortcuts.list();
    }
}
