package org.shipshape.gui.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
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
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.intake.ItemStatus;

/** One table of every donated item with filters, totals, edit in place, delete with undo and export. */
public final class InventoryView implements SectionView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private final InventoryViewModel viewModel;
    private final Messages text = Messages.of(InventoryView.class);
    private final BorderPane root = new BorderPane();
    private final TableView<InventoryRow> table = new TableView<>();
    private final SortedList<InventoryRow> sorted;

    public InventoryView(GuiContext context) {
        this.viewModel = new InventoryViewModel(context);
        this.sorted = new SortedList<>(viewModel.rows());
        root.setId("inventory");
        root.setPadding(new Insets(12));
        root.setTop(new VBox(8, toolbar(), filters()));
        root.setCenter(table());
        root.setBottom(bottomBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
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
        from.setPromptText(text.get("filter.from"));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("inventory-to");
        to.setPromptText(text.get("filter.to"));
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Button clear = button("inventory-clear-filter", "button.clearFilter", "mdi2f-filter-remove-outline",
                viewModel::clearFilter);
        FlowPane pane = new FlowPane(8, 6, search, category, donor, condition, status, from, to, clear);
        pane.setId("inventory-filters");
        return pane;
    }

    private TableView<InventoryRow> table() {
        table.setId("inventory-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(text.get("empty")));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().addAll(List.of(
                Tables.shownAs(column("received", InventoryRow::receivedOn), text::value),
                column("donor", InventoryRow::donorName),
                column("category", InventoryRow::categoryName),
                editable("description", InventoryRow::description, InventoryViewModel.Field.DESCRIPTION),
                numeric(editable("quantity", r -> plain(r.quantity()), InventoryViewModel.Field.QUANTITY)),
                column("unit", InventoryRow::unit),
                column("condition", r -> text.get("condition." + r.condition().code())),
                numeric(editable("unitValue", r -> text.money(r.unitValue()), InventoryViewModel.Field.UNIT_VALUE)),
                column("currency", InventoryRow::currency),
                numeric(editable("unitKg", r -> r.unitKg() == null ? "" : plain(r.unitKg()),
                        InventoryViewModel.Field.UNIT_KG)),
                editable("location", r -> r.location() == null ? "" : r.location(), InventoryViewModel.Field.LOCATION),
                column("status", r -> text.get("status." + r.status().code()))));
        return table;
    }

    private <T extends Comparable<? super T>> TableColumn<InventoryRow, T> column(String key,
                                                                                  Function<InventoryRow, T> value) {
        TableColumn<InventoryRow, T> column = Tables.column(text.get("column." + key), "inventory-column-" + key,
                value);
        column.setEditable(false);
        return column;
    }

    /** A text column edited in place: Enter commits, invalid input is refused by the view model with a message. */
    private TableColumn<InventoryRow, String> editable(String key, Function<InventoryRow, String> value,
                                                      InventoryViewModel.Field field) {
        TableColumn<InventoryRow, String> column = column(key, value);
        column.setEditable(true);
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setOnEditCommit(event -> onEdit(event.getRowValue(), field, event.getNewValue()));
        return column;
    }

    /** Numbers shown as text sort by their value (9 before 10), empty cells first. */
    private TableColumn<InventoryRow, String> numeric(TableColumn<InventoryRow, String> column) {
        column.setComparator(java.util.Comparator.comparing(
                (String shown) -> text.parseNumber(shown).orElse(null),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return column;
    }

    private Node bottomBar() {
        Label totals = new Label();
        totals.setId("inventory-totals");
        totals.textProperty().bind(viewModel.totalsTextProperty());
        Label message = new Label();
        message.setId("inventory-message");
        message.textProperty().bind(viewModel.messageProperty());
        Button undo = button("inventory-undo-delete", "button.undoDelete", "mdi2u-undo", viewModel::undoDelete);
        undo.visibleProperty().bind(viewModel.undoDeleteAvailableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
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

    private void onShortcut(KeyEvent event) {
        if (event.getTarget() == table && event.getCode() == KeyCode.DELETE) {
            onDelete();
            event.consume();
        } else if (UNDO.match(event) && viewModel.undoDeleteAvailableProperty().get()
                && !(event.getTarget() instanceof TextField)) {
            viewModel.undoDelete();
            event.consume();
        }
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(text.get(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private <T> ComboBox<T> choice(String id, javafx.collections.ObservableList<T> items, String promptKey,
                                   Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(text.get(promptKey));
        box.setConverter(Tables.showing(label, text.get(promptKey)));
        return box;
    }

    private String plain(BigDecimal value) {
        return text.number(value);
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
