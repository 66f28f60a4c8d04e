package org.shipshape.gui.intake;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.DateFields;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Shortcut;
import org.shipshape.gui.common.Shortcuts;
import org.shipshape.gui.common.Tables;
import org.shipshape.gui.common.TypeAhead;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.TestResult;

/**
 * The intake form, built for speed: suggestions for donor, category and description that never overwrite what was
 * typed; Enter or Ctrl+S saves; Ctrl+D repeats the last entry; Ctrl+Z (right after a save) takes the save back. All
 * rules live in {@link IntakeViewModel}; errors show beside a field once it was edited.
 */
public final class IntakeView implements SectionView {
    private final IntakeViewModel viewModel;
    private final Messages text = Messages.of(IntakeView.class);
    private final VBox form = new VBox(12);
    private final ScrollPane root = new ScrollPane(form);
    private final TextField category = new TextField();
    private final TextField donor = new TextField();
    private final Shortcuts shortcuts = new Shortcuts();

    public IntakeView(GuiContext context) {
        this.viewModel = new IntakeViewModel(context);
        form.setId("intake");
        form.setPadding(new Insets(16));
        root.setFitToWidth(true);
        root.setId("intake-scroll");
        Label title = new Label(text.get("title"));
        title.getStyleClass().add("title-3");
        Label help = new Label(text.get("help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        form.getChildren().addAll(title, help, fields(), buttons(), statusLine());
        shortcuts.installOn(root);
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.setId("intake-form");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints(220, 380, 520);
        inputs.setHgrow(Priority.ALWAYS);
        ColumnConstraints errors = new ColumnConstraints(160, 320, Double.MAX_VALUE);
        errors.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs, errors);

        donor.setId("intake-donor");
        donor.textProperty().bindBidirectional(viewModel.donorNameProperty());
        TypeAhead.attach(donor, () -> viewModel.donors().stream().map(Donor::name).toList());
        int row = 0;
        row(grid, row++, "label.donor", donor, viewModel.donorErrorProperty(), "intake-donor-error");
        Label donorHint = new Label();
        donorHint.setId("intake-donor-hint");
        donorHint.textProperty().bind(viewModel.donorHintProperty());
        donorHint.getStyleClass().add("text-muted");
        donorHint.setMinHeight(Region.USE_PREF_SIZE);
        donorHint.setWrapText(true);
        grid.add(donorHint, 1, row++, 2, 1);

        DatePicker receivedOn = new DatePicker();
        receivedOn.setId("intake-received-on");
        viewModel.receivedOnTypedErrorProperty().bind(DateFields.guard(receivedOn));
        receivedOn.valueProperty().bindBidirectional(viewModel.receivedOnProperty());
        row(grid, row++, "label.receivedOn", receivedOn, viewModel.receivedOnErrorProperty(),
                "intake-received-on-error");

        category.setId("intake-category");
        category.textProperty().bindBidirectional(viewModel.categoryNameProperty());
        TypeAhead.attach(category, () -> viewModel.categories().stream().map(Category::name).toList());
        row(grid, row++, "label.category", category, viewModel.categoryErrorProperty(), "intake-category-error");
        Label hsCode = new Label();
        hsCode.setId("intake-hs-code");
        hsCode.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.hsCodeProperty().isEmpty())
                .then(text.get("hsCode.none")).otherwise(viewModel.hsCodeProperty()));
        Label hsCodeLabel = new Label(text.get("label.hsCode"));
        hsCodeLabel.setId("intake-hs-code-label");
        hsCodeLabel.setLabelFor(hsCode);
        grid.add(hsCodeLabel, 0, row);
        grid.add(hsCode, 1, row++);

        TextField description = textField("intake-description");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        TypeAhead.attach(description, viewModel::descriptionSuggestions);
        row(grid, row++, "label.description", description, viewModel.descriptionErrorProperty(),
                "intake-description-error");

        TextField quantity = textField("intake-quantity");
        quantity.textProperty().bindBidirectional(viewModel.quantityProperty());
        row(grid, row++, "label.quantity", quantity, viewModel.quantityErrorProperty(), "intake-quantity-error");
        TextField unit = textField("intake-unit");
        unit.textProperty().bindBidirectional(viewModel.unitProperty());
        row(grid, row++, "label.unit", unit, viewModel.unitErrorProperty(), "intake-unit-error");

        ComboBox<Condition> condition = new ComboBox<>(FXCollections.observableArrayList(Condition.values()));
        condition.setId("intake-condition");
        condition.setConverter(codes("condition."));
        condition.valueProperty().bindBidirectional(viewModel.conditionProperty());
        row(grid, row++, "label.condition", condition, null, null);

        TextField unitValue = textField("intake-unit-value");
        unitValue.textProperty().bindBidirectional(viewModel.unitValueProperty());
        row(grid, row++, "label.unitValue", unitValue, viewModel.unitValueErrorProperty(), "intake-unit-value-error");
        TextField unitKg = textField("intake-unit-kg");
        unitKg.textProperty().bindBidirectional(viewModel.unitKgProperty());
        row(grid, row++, "label.unitKg", unitKg, viewModel.unitKgErrorProperty(), "intake-unit-kg-error");
        TextField location = textField("intake-location");
        location.textProperty().bindBidirectional(viewModel.locationProperty());
        row(grid, row++, "label.location", location, null, null);
        grid.add(testRecord(), 0, row, 3, 1);
        shortcuts.describe(Shortcuts.key(KeyCode.DOWN), text.get("shortcut.suggestions"), category);
        return grid;
    }

    private Node testRecord() {
        DatePicker testedOn = new DatePicker();
        testedOn.setId("intake-tested-on");
        viewModel.testedOnTypedErrorProperty().bind(DateFields.guard(testedOn));
        testedOn.valueProperty().bindBidirectional(viewModel.testedOnProperty());
        TextField testedBy = textField("intake-tested-by");
        testedBy.textProperty().bindBidirectional(viewModel.testedByProperty());
        ComboBox<TestResult> result = new ComboBox<>(FXCollections.observableArrayList(TestResult.values()));
        result.setId("intake-test-result");
        result.setConverter(codes("testResult."));
        result.valueProperty().bindBidirectional(viewModel.testResultProperty());
        Label heading = new Label(text.get("label.testRecord"), new FontIcon("mdi2f-flash"));
        Label error = errorLabel(viewModel.testErrorProperty(), "intake-test-error");
        FlowPane fields = new FlowPane(8, 6, captioned("label.testedOn", testedOn),
                captioned("label.testedBy", testedBy), captioned("label.testResult", result));
        VBox box = new VBox(6, heading, fields, error);
        box.setId("intake-test-record");
        box.getStyleClass().add("intake-test-record");
        box.visibleProperty().bind(viewModel.testRecordShownProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node captioned(String key, Control control) {
        Label caption = new Label(text.get(key));
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(6, caption, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Node buttons() {
        Button save = new Button(text.get("button.save"), new FontIcon("mdi2c-content-save"));
        save.setId("intake-save");
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.busyProperty()));
        save.setOnAction(e -> onSave());
        Button sameAsLast = new Button(text.get("button.sameAsLast"), new FontIcon("mdi2c-content-copy"));
        sameAsLast.setId("intake-same-as-last");
        sameAsLast.disableProperty().bind(viewModel.sameAsLastAvailableProperty().not());
        sameAsLast.setOnAction(e -> onSameAsLast());
        Button undo = new Button(text.get("button.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("intake-undo");
        undo.disableProperty().bind(viewModel.undoAvailableProperty().not());
        undo.setOnAction(e -> onUndo());
        shortcuts.enterPresses(save, text.get("shortcut.save"))
                .add(Shortcuts.shortcut(KeyCode.S), text.get("shortcut.save"), this::onSaveKey, save)
                .add(Shortcuts.shortcut(KeyCode.D), text.get("shortcut.sameAsLast"), this::onSameAsLast, sameAsLast)
                .addWhen(Shortcuts.shortcut(KeyCode.Z), text.get("shortcut.undo"), viewModel::undoesSaveOnShortcut,
                        this::onUndo, undo);
        FlowPane bar = new FlowPane(8, 8, save, sameAsLast, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("intake-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        org.shipshape.gui.common.Feedback.colour(status, viewModel.statusIsProblemProperty());
        return status;
    }

    private void onSave() {
        viewModel.save();
        category.requestFocus();
    }

    /** Ctrl+S saves only when the form is complete, as the Save button does. */
    private void onSaveKey() {
        if (viewModel.validProperty().get() && !viewModel.busyProperty().get()) {
            onSave();
        } else {
            viewModel.save();
        }
    }

    private void onSameAsLast() {
        viewModel.sameAsLast();
        category.requestFocus();
    }

    private void onUndo() {
        viewModel.undoLastSave();
        category.requestFocus();
    }

    private void row(GridPane grid, int row, String labelKey, Control field, ReadOnlyStringProperty error,
                     String errorId) {
        Label label = new Label(text.get(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (error != null) {
            grid.add(errorLabel(error, errorId), 2, row);
        }
    }

    private static Label errorLabel(ReadOnlyStringProperty error, String id) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(error);
        label.getStyleClass().add("danger");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField textField(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private <E extends Enum<E> & CodedEnum> StringConverter<E> codes(String prefix) {
        return Tables.showing(value -> text.get(prefix + value.code()), "");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.load();
        if (viewModel.donorNameProperty().get().isBlank()) {
            donor.requestFocus();
        } else {
            category.requestFocus();
        }
    }

    @Override
    public List<Shortcut> shortcuts() {
        return shortcuts.list();
    }
}
