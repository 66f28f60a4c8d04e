package org.shipshape.gui.shipments;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Columns;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Placeholders;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.loading.CapacityPane;
import org.shipshape.gui.planning.WillItFitView;
import org.shipshape.gui.planning.WillItFitViewModel;
import org.shipshape.gui.loading.CategoryChart;
import org.shipshape.model.shipments.ArrivalState;

/** Shipments: the list, the editor with every field, lifecycle steps, capacity, chart and arrival records. */
public final class ShipmentsView implements SectionView {
    private final ShipmentsViewModel viewModel;
    private final Messages text = Messages.of(ShipmentsView.class);
    private final SplitPane root = new SplitPane();
    private final org.shipshape.gui.common.Shortcuts shortcuts = new org.shipshape.gui.common.Shortcuts();
    private Button save;
    /** The problems and Save/Revert, kept under the scrolling form. */
    private VBox saveBar;
    private int formRow;
    private final WillItFitViewModel willItFit;

    public ShipmentsView(GuiContext context) {
        this(new ShipmentsViewModel(context), new WillItFitViewModel(context));
    }

    public ShipmentsView(ShipmentsViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param willItFit the "will it fit?" answer beside the capacity, or null to leave it out */
    public ShipmentsView(ShipmentsViewModel viewModel, WillItFitViewModel willItFit) {
        this.viewModel = viewModel;
        this.willItFit = willItFit;
        root.setId("shipments");
        ScrollPane editor = new ScrollPane(editor());
        editor.setFitToWidth(true);
        editor.setId("shipments-editor");
        // two fields side by side where there is room, one under the other where there is not
        editor.viewportBoundsProperty().addListener((obs, old, bounds) -> layoutForm(bounds.getWidth() >= 1100 ? 2 : 1));
        // the problems and Save stay in sight under the fields, however far the form is scrolled
        VBox editorWithSave = new VBox(editor, saveBar);
        VBox.setVgrow(editor, Priority.ALWAYS);
        root.getItems().addAll(list(), editorWithSave);
        root.setDividerPositions(0.4);
        shortcuts.installOn(root);
    }

    private Node list() {
        TableView<ShipmentsViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("shipments-list");
        table.setPlaceholder(Placeholders.loadingOr(viewModel.loadingListProperty(), text.get("list.empty")));
        table.getColumns().add(Columns.text(text.get("list.reference"), "shipments-list-reference",
                r -> r.shipment().reference()));
        table.getColumns().add(Columns.text(text.get("list.country"), "shipments-list-country",
                r -> r.shipment().countryCode()));
        table.getColumns().add(Columns.text(text.get("list.status"), "shipments-list-status",
                r -> text.get("status." + r.shipment().status().code())));
        table.getColumns().add(Columns.numeric(Columns.text(text.get("list.loaded"), "shipments-list-loaded",
                r -> text.get("list.loadedValue", r.counts().loaded(), r.counts().total()))));
        table.getColumns().add(Columns.text(text.get("list.consignee"), "shipments-list-consignee",
                r -> r.shipment().consignee()));
        Columns.fitToContent(table, "shipments-list");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> table.getSelectionModel().select(row));
        Button create = new Button(text.get("new"), new FontIcon("mdi2p-plus"));
        create.setId("shipments-new");
        create.setOnAction(e -> onNew());
        shortcuts.add(org.shipshape.gui.common.Shortcuts.shortcut(javafx.scene.input.KeyCode.N),
                text.get("shortcut.new"), this::onNew, create);
        VBox box = new VBox(8, create, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, String id, Function<T, String> value) {
        return Columns.text(title, id, value);
    }

    private Node editor() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.setId("shipments-form");
        field(form, "reference", viewModel.referenceProperty());
        field(form, "country", viewModel.countryProperty());
        field(form, "consignee", viewModel.consigneeProperty());
        field(form, "consigneeAddress", viewModel.consigneeAddressProperty());
        field(form, "notifyParty", viewModel.notifyPartyProperty());
        field(form, "portOfLoading", viewModel.portOfLoadingProperty());
        field(form, "portOfDischarge", viewModel.portOfDischargeProperty());
        field(form, "finalDestination", viewModel.finalDestinationProperty());
        field(form, "vessel", viewModel.vesselProperty());
        field(form, "voyage", viewModel.voyageProperty());
        field(form, "billOfLading", viewModel.billOfLadingProperty());
        date(form, "etd", viewModel.etdProperty());
        date(form, "eta", viewModel.etaProperty());
        choice(form, "incoterm", viewModel.incoterms(), viewModel.incotermProperty());
        field(form, "incotermPlace", viewModel.incotermPlaceProperty());
        field(form, "currency", viewModel.currencyProperty());
        field(form, "languages", viewModel.languagesProperty());
        choice(form, "containerType", viewModel.containerTypes(), viewModel.containerTypeProperty());
        field(form, "sealNumber", viewModel.sealNumberProperty());
        TextField number = new TextField();
        number.setId("shipments-containerNumber");
        number.textProperty().bindBidirectional(viewModel.containerNumberProperty());
        number.setTooltip(new Tooltip(text.get("containerNumber.help")));
        Label numberProblem = new Label();
        numberProblem.setId("shipments-container-number-problem");
        numberProblem.getStyleClass().add("danger");
        numberProblem.textProperty().bind(viewModel.containerNumberProblemProperty());
        numberProblem.setWrapText(true);
        numberProblem.managedProperty().bind(numberProblem.textProperty().isNotEmpty());
        addRow(form, "containerNumber", number, new VBox(2, number, numberProblem));

        Label problems = new Label();
        problems.setId("shipments-problems");
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemsProperty());
        Button save = new Button(text.get("save"), new FontIcon("mdi2c-content-save"));
        save.setId("shipments-save");
        shortcuts.enterPresses(save, text.get("shortcut.save"))
                .add(org.shipshape.gui.common.Shortcuts.shortcut(javafx.scene.input.KeyCode.S), text.get("shortcut.save"),
                        this::onSaveKey, save);
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.dirtyProperty().not()));
        save.setOnAction(e -> onSave());
        Button revert = new Button(text.get("revert"));
        revert.setId("shipments-revert");
        revert.disableProperty().bind(viewModel.dirtyProperty().not());
        revert.setOnAction(e -> onRevert());
        this.save = save;
        HBox buttons = new HBox(8, save, revert);
        saveBar = new VBox(6, problems, buttons);
        saveBar.setId("shipments-save-bar");
        saveBar.setPadding(new Insets(8, 10, 8, 10));

        CapacityPane capacity = new CapacityPane("shipments", viewModel.capacityProperty());
        CategoryChart chart = new CategoryChart("shipments-chart", viewModel.byCategory());
        VBox capacityBox = new VBox(8, capacity.root(), chart.node());
        if (willItFit != null) {
            capacityBox.getChildren().add(new WillItFitView(willItFit, "shipments", () -> {
                ShipmentsViewModel.Row row = viewModel.selectedProperty().get();
                return row == null ? null : row.shipment().reference();
            }).root());
        }
        VBox box = new VBox(10, lifecycle(), form, titled("capacity", capacityBox),
                titled("arrival", arrival()));
        box.setPadding(new Insets(10));
        return box;
    }

    private TitledPane titled(String key, Node content) {
        TitledPane pane = new TitledPane(text.get(key + ".title"), content);
        pane.setId("shipments-" + key);
        return pane;
    }

    private Node lifecycle() {
        Label status = new Label();
        status.setId("shipments-status");
        status.getStyleClass().add("title-4");
        status.textProperty().bind(viewModel.statusTextProperty());
        Button advance = stepButton("shipments-advance", viewModel.advanceTextProperty(),
                viewModel.advanceBlockedProperty(), "mdi2a-arrow-right-bold");
        advance.setOnAction(e -> onAdvance());
        Button reopen = stepButton("shipments-reopen", viewModel.reopenTextProperty(),
                viewModel.reopenBlockedProperty(), "mdi2a-arrow-left-bold");
        reopen.setOnAction(e -> onReopen());
        Label why = new Label();
        why.setId("shipments-advance-reason");
        why.setWrapText(true);
        why.textProperty().bind(viewModel.advanceBlockedProperty());
        javafx.scene.layout.FlowPane steps = new javafx.scene.layout.FlowPane(8, 6, status, wrap(advance),
                wrap(reopen));
        steps.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, steps, why);
    }

    private Button stepButton(String id, ObservableValue<String> label, StringProperty blocked, String icon) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        button.textProperty().bind(label);
        button.disableProperty().bind(blocked.isNotEmpty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(blocked);
        button.setTooltip(tip);
        return button;
    }

    /** A disabled button gets no mouse events, so its tooltip ("why not") sits on a wrapper too. */
    private static Node wrap(Button button) {
        HBox wrapper = new HBox(button);
        Tooltip.install(wrapper, button.getTooltip());
        return wrapper;
    }

    private Node arrival() {
        TableView<ShipmentsViewModel.ArrivalRow> table = new TableView<>(viewModel.arrivals());
        table.setId("shipments-arrival-table");
        table.setEditable(true);
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(text.get("arrival.empty")));
        table.getColumns().add(column(text.get("arrival.package"), "shipments-arrival-package",
                ShipmentsViewModel.ArrivalRow::packageNumber));
        TableColumn<ShipmentsViewModel.ArrivalRow, ArrivalState> state = new TableColumn<>(text.get("arrival.state"));
        state.setMinWidth(150);
        state.setCellValueFactory(cell -> cell.getValue().stateProperty());
        state.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ArrivalState value) {
                return value == null ? "" : text.get("arrival." + value.code());
            }

            @Override
            public ArrivalState fromString(String string) {
                return null;
            }
        }, ArrivalState.values()));
        state.editableProperty().bind(viewModel.arrivalEditableProperty());
        TableColumn<ShipmentsViewModel.ArrivalRow, String> remarks = new TableColumn<>(text.get("arrival.remarks"));
        remarks.setMinWidth(280);
        remarks.setCellValueFactory(cell -> cell.getValue().remarksProperty());
        remarks.setCellFactory(TextFieldTableCell.forTableColumn());
        remarks.editableProperty().bind(viewModel.arrivalEditableProperty());
        table.getColumns().add(state);
        table.getColumns().add(remarks);
        Columns.fitToContent(table, "shipments-arrival");
        TextArea partner = new TextArea();
        partner.setId("shipments-partner-remarks");
        partner.setPrefRowCount(3);
        partner.setWrapText(true);
        partner.textProperty().bindBidirectional(viewModel.partnerRemarksProperty());
        partner.editableProperty().bind(viewModel.arrivalEditableProperty());
        Label partnerLabel = new Label(text.get("arrival.partnerRemarks"));
        partnerLabel.setLabelFor(partner);
        Button save = new Button(text.get("arrival.save"), new FontIcon("mdi2c-content-save"));
        save.setId("shipments-arrival-save");
        save.disableProperty().bind(viewModel.arrivalEditableProperty().not());
        save.setOnAction(e -> onSaveArrival());
        Label hint = new Label(text.get("arrival.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, hint, table, partnerLabel, partner, save);
    }

    private TextField field(GridPane form, String key, StringProperty property) {
        TextField field = new TextField();
        field.setId("shipments-" + key);
        field.textProperty().bindBidirectional(property);
        addRow(form, key, field, field);
        return field;
    }

    private void date(GridPane form, String key, ObjectProperty<java.time.LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId("shipments-" + key);
        Label error = new Label();
        error.setId("shipments-" + key + "-error");
        error.getStyleClass().add("message-problem");
        error.setWrapText(true);
        error.textProperty().bind(org.shipshape.gui.common.DateFields.guard(picker));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        picker.valueProperty().bindBidirectional(property);
        addRow(form, key, picker, new VBox(2, picker, error));
    }

    private void choice(GridPane form, String key, ObservableList<String> items, StringProperty property) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId("shipments-" + key);
        box.valueProperty().bindBidirectional(property);
        addRow(form, key, box, box);
    }

    /** Remembers a labelled field; {@link #layoutForm} places them, one or two per row. */
    private void addRow(GridPane form, String key, javafx.scene.control.Control control, Node cell) {
        Label label = new Label(text.get("field." + key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(cell, Priority.ALWAYS);
        fields.add(new Node[] {label, cell});
        this.form = form;
        if (perRow == 0) {
            layoutForm(2);
        } else {
            int at = fields.size() - 1;
            form.add(label, (at % perRow) * 2, at / perRow);
            form.add(cell, (at % perRow) * 2 + 1, at / perRow);
        }
    }

    private void layoutForm(int wanted) {
        if (form == null || wanted == perRow) {
            return;
        }
        perRow = wanted;
        form.getChildren().clear();
        for (int at = 0; at < fields.size(); at++) {
            form.add(fields.get(at)[0], (at % perRow) * 2, at / perRow);
            form.add(fields.get(at)[1], (at % perRow) * 2 + 1, at / perRow);
        }
    }

    private final java.util.List<Node[]> fields = new java.util.ArrayList<>();
    private GridPane form;
    private int perRow;

    private void onNew() {
        viewModel.newShipment();
    }

    private void onSave() {
        viewModel.save();
    }

    /** Ctrl+S saves only what Save would save. */
    private void onSaveKey() {
        if (!save.isDisabled()) {
            onSave();
        }
    }

    private void onRevert() {
        viewModel.revert();
    }

    private void onAdvance() {
        viewModel.advance();
    }

    private void onReopen() {
        viewModel.reopen();
    }

    private void onSaveArrival() {
        viewModel.saveArrival();
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
    public java.util.List<org.shipshape.gui.common.Shortcut> shortcuts() {
        return shortcuts.list();
    }
}
