package org.shipshape.gui.donors;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Columns;
import org.shipshape.gui.common.DateFields;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Placeholders;
import org.shipshape.gui.common.Shortcut;
import org.shipshape.gui.common.Shortcuts;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorGift;
import org.shipshape.model.donors.DonorKind;

/** Donors: a searchable list; the chosen donor's details, gifts and where they went; merge; in-kind receipt. */
public final class DonorsView implements SectionView {
    private final DonorsViewModel viewModel;
    private final Messages text = Messages.of(DonorsView.class);
    private final SplitPane root = new SplitPane();
    private final Catalogue formats = text.catalogue();
    private final Shortcuts shortcuts = new Shortcuts();

    public DonorsView(GuiContext context) {
        this.viewModel = new DonorsViewModel(context);
        root.setId("donors");
        root.getItems().addAll(list(), detail());
        root.setDividerPositions(0.28);
        shortcuts.installOn(root);
    }

    private Node list() {
        TextField search = new TextField();
        search.setId("donors-search");
        search.setPromptText(text.get("search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ListView<Donor> list = new ListView<>(viewModel.donors());
        list.setId("donors-list");
        list.setPlaceholder(Placeholders.loadingOr(viewModel.loadingProperty(), text.get("empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Donor donor, boolean empty) {
                super.updateItem(donor, empty);
                setText(empty || donor == null ? null : donor.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, donor) -> {
            if (donor != null) {
                viewModel.selectedProperty().set(donor);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, donor) -> {
            if (donor == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != donor) {
                list.getSelectionModel().select(donor);
            }
        });
        Button add = new Button(text.get("button.new"), new FontIcon("mdi2a-account-plus-outline"));
        add.setId("donors-new");
        add.setOnAction(e -> viewModel.newDonor());
        shortcuts.add(Shortcuts.shortcut(KeyCode.N), text.get("shortcut.new"), viewModel::newDonor, add)
                .add(Shortcuts.shortcut(KeyCode.F), text.get("shortcut.search"), search::requestFocus, search);
        VBox box = new VBox(8, search, list, add);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node detail() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        field(form, 0, "label.name", "donors-name", viewModel.nameProperty());
        ComboBox<DonorKind> kind = new ComboBox<>(FXCollections.observableArrayList(DonorKind.values()));
        kind.setId("donors-kind");
        kind.setConverter(Tables.showing(k -> text.get("kind." + k.code()), ""));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        form.addRow(1, new Label(text.get("label.kind")), kind);
        field(form, 2, "label.email", "donors-email", viewModel.emailProperty());
        field(form, 3, "label.phone", "donors-phone", viewModel.phoneProperty());
        field(form, 4, "label.address", "donors-address", viewModel.addressProperty());
        field(form, 5, "label.notes", "donors-notes", viewModel.notesProperty());
        Button save = new Button(text.get("button.save"), new FontIcon("mdi2c-content-save"));
        save.setId("donors-save");
        save.disableProperty().bind(viewModel.nameProperty().isEmpty());
        save.setOnAction(e -> viewModel.save());
        shortcuts.add(Shortcuts.shortcut(KeyCode.S), text.get("shortcut.save"), () -> {
            if (!save.isDisabled()) {
                viewModel.save();
            }
        }, save);
        Label message = org.shipshape.gui.common.Feedback.label("donors-message", viewModel.feedback());
        Label giftsTitle = new Label(text.get("gifts"));
        giftsTitle.getStyleClass().add("title-4");
        TableView<DonorGift> gifts = gifts();
        gifts.setMinHeight(140);
        gifts.setPrefHeight(140);
        VBox box = new VBox(10, form, new HBox(8, save), message, giftsTitle, gifts, mergeBar(), receiptBar());
        VBox.setVgrow(gifts, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return org.shipshape.gui.common.Scrolling.fillOrScroll(box);
    }

    private TableView<DonorGift> gifts() {
        TableView<DonorGift> table = new TableView<>(viewModel.gifts());
        table.setId("donors-gifts");
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.selectedProperty().isNull())
                .then(text.get("gifts.chooseDonor")).otherwise(text.get("gifts.empty")));
        table.setPlaceholder(empty);
        table.getColumns().addAll(List.of(
                Columns.shown(text.get("column.received"), "donors-column-received", DonorGift::receivedOn,
                        formats::date),
                column("category", DonorGift::categoryName),
                column("description", DonorGift::description),
                Columns.numeric(column("quantity", g -> formats.number(g.quantity()) + " " + g.unit())),
                column("status", g -> text.get("status." + g.status().code())),
                column("package", g -> orDash(g.packageNumber())),
                column("shipment", g -> orDash(g.shipmentReference())),
                column("country", g -> orDash(g.countryName() == null ? g.countryCode() : g.countryName()))));
        Columns.fitToContent(table, "donors-gifts");
        return table;
    }

    private Node mergeBar() {
        ComboBox<Donor> duplicate = new ComboBox<>();
        duplicate.setId("donors-merge-duplicate");
        duplicate.setPromptText(text.get("merge.prompt"));
        duplicate.setConverter(Tables.showing(Donor::name, ""));
        duplicate.setOnShowing(e -> duplicate.getItems().setAll(viewModel.mergeCandidates()));
        duplicate.valueProperty().bindBidirectional(viewModel.mergeDuplicateProperty());
        Button merge = new Button(text.get("button.merge"), new FontIcon("mdi2c-call-merge"));
        merge.setId("donors-merge");
        merge.disableProperty().bind(viewModel.mergeDuplicateProperty().isNull()
                .or(viewModel.selectedProperty().isNull()));
        merge.setOnAction(e -> viewModel.merge());
        merge.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 6, caption("merge.label"), duplicate, merge);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node receiptBar() {
        DatePicker from = new DatePicker();
        from.setId("donors-receipt-from");
        Label fromError = dateError(DateFields.guard(from));
        from.valueProperty().bindBidirectional(viewModel.receiptFromProperty());
        DatePicker to = new DatePicker();
        to.setId("donors-receipt-to");
        Label toError = dateError(DateFields.guard(to));
        to.valueProperty().bindBidirectional(viewModel.receiptToProperty());
        CheckBox values = new CheckBox(text.get("receipt.values"));
        values.setId("donors-receipt-values");
        values.selectedProperty().bindBidirectional(viewModel.receiptShowsValuesProperty());
        Button write = new Button(text.get("button.receipt"), new FontIcon("mdi2f-file-pdf-box"));
        write.setId("donors-receipt");
        write.disableProperty().bind(viewModel.selectedProperty().isNull());
        write.setOnAction(e -> viewModel.writeReceipt());
        write.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 6, caption("receipt.label"), from, to, values, write, fromError, toError);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Label caption(String key) {
        Label label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label dateError(javafx.beans.value.ObservableStringValue error) {
        Label label = new Label();
        label.textProperty().bind(error);
        label.getStyleClass().add("message-problem");
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private void field(GridPane form, int row, String labelKey, String id,
                       javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        Label label = new Label(text.get(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        form.addRow(row, label, field);
    }

    private TableColumn<DonorGift, String> column(String key, Function<DonorGift, String> value) {
        return Tables.column(text.get("column." + key), "donors-column-" + key, value);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
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
    public List<Shortcut> shortcuts() {
        return shortcuts.list();
    }
}
