package org.shipshape.gui.inventory;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Columns;
import org.shipshape.gui.common.DateFields;
import org.shipshape.gui.common.EditableCells;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Placeholders;
import org.shipshape.gui.common.Shortcut;
import org.shipshape.gui.common.Shortcuts;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.intake.ItemStatus;

/** One table of every donated item with filters, totals, edit in place, delete with undo and export. */
public final class InventoryView implements SectionView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /**
     * The property JavaFX's combo box skin reads to size a combo box by its first rows instead of every one: by
     * default it lays out a cell for each choice whenever the choices change, which for the 2,000 donors of a large
     * warehouse held the window's thread for most of the inventory's first show (docs/PERFORMANCE.md, round 7).
     */
    static final String ROWS_TO_MEASURE_WIDTH = "comboBoxRowsToMeasureWidth";
    /** The rows a filter's list shows when it opens: the box is as wide as the widest of them. */
    static final int MEASURED_CHOICES = 10;
    private final InventoryViewModel viewModel;
    private final Messages text = Messages.of(InventoryView.class);
    private final BorderPane root = new BorderPane();
    private final TableView<InventoryRow> table = new TableView<>();
    private final SortedList<InventoryRow> sorted;
    private final Catalogue formats = text.catalogue();
    private final Shortcuts shortcuts = new Shortcuts();
    /**
     * Blank rows the table lists while the screen is built ahead and hidden, enough to fill the tallest screen; never
     * shown (see {@link #standInWhileHidden}).
     */
    private static final List<InventoryRow> STAND_IN_ROWS = LongStream.rangeClosed(1, 100)
            .mapToObj(i -> new InventoryRow(-i, null, 0, "", 0, "", "", BigDecimal.ZERO, "", Condition.values()[0],
                    BigDecimal.ZERO, "", null, null, ItemStatus.values()[0], 0))
            .toList();
    /** Rows enough to fill a full-HD screen; the others are listed in one step. */
    private static final int STAND_INS_ONE_BY_ONE = 40;
    private final ObservableList<InventoryRow> standIns = FXCollections.observableArrayList();
    /**
     * Lists one more stand-in per frame: JavaFX makes and styles the rows a layout needs in that one layout, which
     * for a screenful of rows in a cold start kept the window from answering keys for over a second; a row a frame
     * keeps each frame short. Once the rows that fill a tall screen are made, the rest come at once.
     */
    private final AnimationTimer standInsGrowing = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (standIns.size() >= STAND_INS_ONE_BY_ONE) {
                standIns.setAll(STAND_IN_ROWS);
                stop();
            } else {
                standIns.add(STAND_IN_ROWS.get(standIns.size()));
            }
        }
    };
    /** Whether the screen was shown: it then lists only the view model's rows. */
    private boolean shown;
    private TextField search;
    private Button delete;
    private Button refresh;

    public InventoryView(GuiContext context) {
        this.viewModel = new InventoryViewModel(context);
        this.sorted = new SortedList<>(viewModel.rows());
        root.setId("inventory");
        root.setPadding(new Insets(12));
        Node toolbar = toolbar();
        root.setTop(new VBox(8, toolbar, filters()));
        root.setCenter(table());
        root.setBottom(bottomBar());

    }

    private Node toolbar() {
        Button delete = button("inventory-delete", "button.delete", "mdi2d-delete-outline", this::onDelete);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button csv = button("inventory-export-csv", "button.exportCsv", "mdi2f-file-delimited-outline",
                () -> onExport(false));
        Button xlsx = button("inventory-export-xlsx", "button.exportXlsx", "mdi2f-file-excel-outline",
                () -> onExport(true));
        Button refresh = button("inventory-refresh", "button.refresh", "mdi2r-refresh", viewModel::refresh);
        refresh.disableProperty().bind(viewModel.loadingProperty());
        this.delete = delete;
        this.refresh = refresh;
        Label title = new Label(text.get("title"));
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, refresh, delete, csv, xlsx);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node filters() {
        TextField search = new TextField();
        search.setId("inventory-search");
        search.setPromptText(text.get("filter.search"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        ComboBox<Category> category = choice("inventory-category", viewModel.categories(), "filter.category",
                Category::name);
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        ComboBox<Donor> donor = choice("inventory-donor", viewModel.donors(), "filter.donor", Donor::name);
        donor.valueProperty().bindBidirectional(viewModel.donorProperty());
        ComboBox<Condition> condition = choice("inventory-condition",
                FXCollections.observableArrayList(Condition.values()), "filter.condition",
                c -> text.get("condition." + c.code()));
        condition.valueProperty().bindBidirectional(viewModel.conditionProperty());
        ComboBox<ItemStatus> status = choice("inventory-status", FXCollections.observableArrayList(ItemStatus.values()),
                "filter.status", s -> text.get("status." + s.code()));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        DatePicker from = new DatePicker();
        from.setId("inventory-from");
        Label fromError = dateError(DateFields.guard(from), "inventory-from-error");
        from.setPromptText(text.get("filter.from"));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("inventory-to");
        Label toError = dateError(DateFields.guard(to), "inventory-to-error");
        to.setPromptText(text.get("filter.to"));
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Button clear = button("inventory-clear-filter", "button.clearFilter", "mdi2f-filter-remove-outline",
                viewModel::clearFilter);
        search.setPrefColumnCount(22);
        this.search = search;
        FlowPane pane = new FlowPane(8, 6, search, category, donor, condition, status, from, to, clear, fromError,
                toError);
        pane.setId("inventory-filters");
        return pane;
    }

    private TableView<InventoryRow> table() {
        table.setId("inventory-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(Placeholders.loadingOr(viewModel.loadingProperty(), text.get("empty")));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // styled while hidden (built ahead): lay out stand-ins so that the rows are made now, not when data arrives
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && !shown) {
                hidingAncestor(table).ifPresent(this::standInWhileHidden);
            }
        });
        table.getColumns().addAll(List.of(
                Columns.shown(text.get("column.received"), "inventory-column-received", InventoryRow::receivedOn,
                        formats::date),
                column("donor", InventoryRow::donorName),
                column("category", InventoryRow::categoryName),
                editable("description", InventoryRow::description, InventoryViewModel.Field.DESCRIPTION, null),
                numeric(editable("quantity", r -> plain(r.quantity()), InventoryViewModel.Field.QUANTITY,
                        formats::number)),
                column("unit", InventoryRow::unit),
                column("condition", r -> text.get("condition." + r.condition().code())),
                numeric(editable("unitValue", r -> plain(r.unitValue()), InventoryViewModel.Field.UNIT_VALUE,
                        formats::amount)),
                column("currency", InventoryRow::currency),
                numeric(editable("unitKg", r -> r.unitKg() == null ? "" : plain(r.unitKg()),
                        InventoryViewModel.Field.UNIT_KG, formats::number)),
                editable("location", r -> r.location() == null ? "" : r.location(), InventoryViewModel.Field.LOCATION,
                        null),
                column("status", r -> text.get("status." + r.status().code()))));
        Columns.fitToContent(table, "inventory");
        return table;
    }

    private TableColumn<InventoryRow, String> column(String key, Function<InventoryRow, String> value) {
        TableColumn<InventoryRow, String> column = Columns.text(text.get("column." + key), "inventory-column-" + key,
                value);
        column.setEditable(false);
        return column;
    }

    /**
     * A text column edited in place: Enter commits, invalid input is refused by the view model with a message.
     *
     * @param shown how a number is shown (with thousands separators); it is edited without them. Null for text.
     */
    private TableColumn<InventoryRow, String> editable(String key, Function<InventoryRow, String> value,
                                                      InventoryViewModel.Field field,
                                                      Function<BigDecimal, String> shown) {
        TableColumn<InventoryRow, String> column = column(key, value);
        column.setEditable(true);
        if (shown == null) {
            column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        } else {
            EditableCells.install(column, plain -> text.parseNumber(plain).map(shown).orElse(""));
        }
        column.setOnEditCommit(event -> onEdit(event.getRowValue(), field, event.getNewValue()));
        return column;
    }

    /** Numbers shown as text sort by their value (9 before 10), empty cells first; they line up on the right. */
    private TableColumn<InventoryRow, String> numeric(TableColumn<InventoryRow, String> column) {
        column.setComparator(Comparator.comparing(
                (String shown) -> text.parseNumber(shown).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return Columns.numeric(column);
    }

    private Node bottomBar() {
        Label totals = new Label();
        totals.setId("inventory-totals");
        totals.textProperty().bind(viewModel.totalsTextProperty());
        totals.setMinWidth(Region.USE_PREF_SIZE);
        Label message = org.shipshape.gui.common.Feedback.label("inventory-message", viewModel.feedback());
        Button undo = button("inventory-undo-delete", "button.undoDelete", "mdi2u-undo", viewModel::undoDelete);
        installShortcuts(delete, refresh, undo);
        undo.visibleProperty().bind(viewModel.undoDeleteAvailableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.SOMETIMES);
        HBox bar = new HBox(10, totals, spacer, message, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 0, 0));
        return bar;
    }

    private void onEdit(InventoryRow row, InventoryViewModel.Field field, String value) {
        viewModel.edit(row, field, value);
    }

    private void onDelete() {
        viewModel.delete(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    private void onExport(boolean xlsx) {
        viewModel.export(List.copyOf(sorted), xlsx);
    }

    private void installShortcuts(Button delete, Button refresh, Button undo) {
        shortcuts.addWhen(Shortcuts.key(KeyCode.DELETE), text.get("shortcut.delete"),
                        () -> table.isFocused(), this::onDelete, delete)
                .addWhen(UNDO, text.get("shortcut.undo"), () -> viewModel.undoDeleteAvailableProperty().get()
                        && !(table.getScene() != null && table.getScene().getFocusOwner() instanceof TextField),
                        viewModel::undoDelete, undo)
                .add(Shortcuts.shortcut(KeyCode.F), text.get("shortcut.search"), () -> search.requestFocus(), search)
                .add(Shortcuts.key(KeyCode.F5), text.get("shortcut.refresh"), viewModel::refresh, refresh)
                .describe(Shortcuts.key(KeyCode.F2), text.get("shortcut.edit"), table);
        shortcuts.installOn(root);
    }

    private static Label dateError(javafx.beans.value.ObservableStringValue error, String id) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(error);
        label.getStyleClass().add("message-problem");
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(text.get(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private <T> ComboBox<T> choice(String id, ObservableList<T> items, String promptKey,
                                   Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(text.get(promptKey));
        box.setConverter(Tables.showing(label, text.get(promptKey)));
        box.setVisibleRowCount(MEASURED_CHOICES);
        box.getProperties().put(ROWS_TO_MEASURE_WIDTH, MEASURED_CHOICES);
        return box;
    }

    /** The number as it is edited: the language's decimal separator, no grouping (read back by NumberInput). */
    private String plain(BigDecimal value) {
        return text.input(value);
    }

    @Override
    public Node root() {
        return root;
    }

    /**
     * Lists the stand-ins until the node that hides the screen shows it: JavaFX makes and styles the table's visible
     * rows in the next layout, in the window's idle time, and the real rows reuse them when they arrive. Making them
     * took about half of the pulse that first shows the rows (ADR 0035).
     */
    private void standInWhileHidden(Node hiding) {
        standIns.clear();
        Columns.pauseFitting(table, true);
        table.setItems(standIns);
        standInsGrowing.start();
        hiding.visibleProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable visible) {
                hiding.visibleProperty().removeListener(this);
                listRealRows();
            }
        });
    }

    /** The view model's rows, from the moment the screen is shown: the stand-ins are never seen. */
    private void listRealRows() {
        standInsGrowing.stop();
        if (table.getItems() != sorted) {
            Columns.pauseFitting(table, false);
            table.setItems(sorted);
        }
    }

    /** The node (the table or an ancestor) that is not visible, if any. */
    private static Optional<Node> hidingAncestor(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    @Override
    public void onShown() {
        shown = true;
        listRealRows();
        viewModel.refresh();
    }

    @Override
    public List<Shortcut> shortcuts() {
        return shortcuts.list();
    }
}
