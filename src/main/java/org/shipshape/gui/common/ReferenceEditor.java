package org.shipshape.gui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.model.common.CodedEntry;

/**
 * Builds the screen every reference data editor shares: search and "show retired" above the list, the form beside
 * it with Save, New, Delete, Retire and Undo, the problems of the form as typed and the last action's outcome (a
 * refused delete says why). Node ids start with the editor's id: {@code box-sizes-search}, {@code box-sizes-save}.
 */
public final class ReferenceEditor {
    private static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");

    private final Messages text = Messages.of(ReferenceEditor.class);
    private final String id;
    private final GridPane form = new GridPane();
    private int row;

    public ReferenceEditor(String id) {
        this.id = id;
        form.setHgap(8);
        form.setVgap(6);
        form.setId(id + "-form");
    }

    /** A labelled text field bound to the property, with an id ({@code <editor>-<name>}). */
    public TextField field(String label, String name, StringProperty property) {
        TextField field = new TextField();
        bind(field, field.textProperty(), property, name);
        add(label, field);
        return field;
    }

    /**
     * The first two fields of an editor of coded entries: the code, fixed once the entry is saved (other records
     * refer to it), and the name. Labels from the screen's {@code label.code} and {@code label.name}.
     */
    public void codeAndName(Messages text, StringProperty code, StringProperty name,
                            ObservableBooleanValue creating) {
        field(text.get("label.code"), "code", code).disableProperty().bind(Bindings.not(creating));
        field(text.get("label.name"), "name", name);
    }

    /**
     * The list of an editor of coded entries: code and name, the editor's own columns, then whether each is in use
     * or retired (the screen's {@code column.*} and {@code state.*} texts).
     */
    @SafeVarargs
    public final <T extends CodedEntry<T>> TableView<T> codedTable(Messages text, TableColumn<T, ?>... own) {
        TableView<T> table = new TableView<>();
        table.getColumns().add(column(text.get("column.code"), "code", T::code));
        table.getColumns().add(column(text.get("column.name"), "name", T::name));
        table.getColumns().addAll(own);
        table.getColumns().add(column(text.get("column.state"), "state", entry -> entry.retired()
                ? text.get("state.retired") : text.get("state.inUse")));
        return table;
    }

    /** A labelled text area (explanations, phrases). */
    public TextArea area(String label, String name, StringProperty property) {
        TextArea area = new TextArea();
        area.setPrefRowCount(3);
        area.setWrapText(true);
        bind(area, area.textProperty(), property, name);
        add(label, area);
        return area;
    }

    /** A check box spanning the form (it carries its own text). */
    public CheckBox check(String label, String name, Property<Boolean> property) {
        CheckBox box = new CheckBox(label);
        box.setId(id + "-" + name);
        box.selectedProperty().bindBidirectional(property);
        form.add(box, 1, row++);
        return box;
    }

    /** A labelled choice among values shown by a label. */
    public <V> ChoiceBox<V> choice(String label, String name, List<V> values, Property<V> property,
                                   Function<V, String> shown, String none) {
        ChoiceBox<V> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(Tables.showing(shown, none));
        bind(box, box.valueProperty(), property, name);
        add(label, box);
        return box;
    }

    /** Any other control with its label, such as a sub-form. */
    public void add(String label, Node control) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
            if (c.getAccessibleText() == null) {
                c.setAccessibleText(label);
            }
        }
        form.add(caption, 0, row);
        form.add(control, 1, row++);
    }

    private <V> void bind(Control control, Property<V> own, Property<V> property, String name) {
        control.setId(id + "-" + name);
        own.bindBidirectional(property);
    }

    /**
     * The whole editor: the table (its columns already added) on the left, the form and the buttons on the right.
     *
     * @param extra buttons of this editor only (Print test page, Export CSV), after the shared ones
     */
    public <T> Region layout(ReferenceEditorViewModel<T> viewModel, TableView<T> table, List<Node> extra) {
        TextField search = new TextField();
        search.setId(id + "-search");
        search.setPromptText(text.get("search.prompt"));
        search.setAccessibleText(text.get("search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox top = new HBox(10, new FontIcon("mdi2m-magnify"), search);
        HBox.setHgrow(search, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        if (viewModel.retires()) {
            CheckBox retired = new CheckBox(text.get("showRetired"));
            retired.setId(id + "-show-retired");
            retired.selectedProperty().bindBidirectional(viewModel.showRetiredProperty());
            top.getChildren().add(retired);
        }
        table.setId(id + "-table");
        table.setItems(viewModel.shown());
        // as wide as the entries' text (a constrained table cut "Medium box" to "Medium ..." at 1024x700), resizable
        // and remembered; a table wider than its half scrolls sideways
        Columns.fitToContent(table, "reference-" + id);
        table.setPlaceholder(new Label(text.get("table.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(RETIRED, !empty && item != null && viewModel.isRetiredEntry(item));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        VBox left = new VBox(8, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        Label heading = new Label();
        heading.setId(id + "-heading");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(Bindings.when(viewModel.creatingProperty()).then(text.get("heading.new"))
                .otherwise(text.get("heading.edit")));
        Label problems = new Label();
        problems.setId(id + "-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.problems()),
                viewModel.problems()));
        Label status = new Label();
        status.setId(id + "-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        VBox right = new VBox(10, heading, form, problems, buttons(viewModel, extra), status);
        right.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setId(id);
        split.setDividerPositions(0.6);
        split.setOnKeyPressed(e -> {
            if (UNDO.match(e)) {
                viewModel.undo();
                e.consume();
            }
        });
        return split;
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private <T> Node buttons(ReferenceEditorViewModel<T> viewModel, List<Node> extra) {
        Button save = button("save", "button.save", "mdi2c-content-save", viewModel::save);
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        Button add = button("new", "button.new", "mdi2p-plus", viewModel::newEntry);
        Button delete = button("delete", "button.delete", "mdi2d-delete-outline", viewModel::delete);
        delete.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        Button undo = button("undo", "button.undo", "mdi2u-undo", viewModel::undo);
        undo.disableProperty().bind(viewModel.undoLabelProperty().isEmpty().or(viewModel.busyProperty()));
        undo.textProperty().bind(Bindings.when(viewModel.undoLabelProperty().isEmpty())
                .then(text.get("button.undo")).otherwise(viewModel.undoLabelProperty()));
        FlowPane buttons = new FlowPane(8, 8, save, add, delete);
        if (viewModel.retires()) {
            Button retire = button("retire", "button.retire", "mdi2a-archive-outline", viewModel::toggleRetired);
            retire.textProperty().bind(Bindings.when(viewModel.selectedRetiredProperty())
                    .then(text.get("button.reinstate")).otherwise(text.get("button.retire")));
            retire.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
            buttons.getChildren().add(retire);
        }
        buttons.getChildren().add(undo);
        buttons.getChildren().addAll(extra);
        return buttons;
    }

    private Button button(String name, String key, String icon, Runnable action) {
        Button button = new Button(text.get(key), new FontIcon(icon));
        button.setId(id + "-" + name);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A read-only column of the editor's table, with an id ({@code <editor>-column-<name>}). */
    public <T, V> TableColumn<T, V> column(String title, String name, Function<T, V> value) {
        TableColumn<T, V> column = Tables.column(title, id + "-column-" + name, value);
        column.setMinWidth(60);
        column.setPrefWidth(Math.max(90, 9 * title.length() + 30));
        return column;
    }
}
