package org.shipshape.gui.intake;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.intake.TestResult;

/**
 * The intake form, built for speed: type-ahead for donor, category and description; Enter saves; Ctrl+D repeats
 * the last entry; Ctrl+Z (right after a save) takes the save back. All rules live in {@link IntakeViewModel}.
 */
public final class IntakeView implements SectionView {
    private static final int SUGGESTION_LIMIT = 15;
    private static final KeyCombination SAME_AS_LAST = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private final IntakeViewModel viewModel;
    private final Messages text = Messages.of(IntakeView.class);
    private final VBox root = new VBox(12);
    private final TextField category = new TextField();
    private final TextField donor = new TextField();

    public IntakeView(GuiContext context) {
        this.viewModel = new IntakeViewModel(context);
        root.setId("intake");
        root.setPadding(new Insets(16));
        Label title = new Label(text.get("title"));
        title.getStyleClass().add("title-3");
        Label help = new Label(text.get("help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        root.getChildren().addAll(title, help, form(), buttons(), statusLine());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setId("intake-form");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints(), grow());

        donor.setId("intake-donor");
        donor.textProperty().bindBidirectional(viewModel.donorNameProperty());
        suggest(donor, () -> viewModel.donors().stream().map(Donor::name).toList());
        DatePicker receivedOn = new DatePicker();
        receivedOn.setId("intake-received-on");
        receivedOn.valueProperty().bindBidirectional(viewModel.receivedOnProperty());
        int row = 0;
        row(grid, row++, "label.donor", donor, viewModel.donorErrorProperty(), "intake-donor-error");
        Label donorHint = new Label();
        donorHint.setId("intake-donor-hint");
        donorHint.textProperty().bind(viewModel.donorHintProperty());
        donorHint.getStyleClass().add("text-muted");
        grid.add(donorHint, 1, row++, 3, 1);
        row(grid, row++, "label.receivedOn", receivedOn, null, null);

        category.setId("intake-category");
        category.textProperty().bindBidirectional(viewModel.categoryNameProperty());
        suggest(category, () -> viewModel.categories().stream().map(Category::name).toList());
        Label hsCode = new Label();
        hsCode.setId("intake-hs-code");
        hsCode.textProperty().bind(viewModel.hsCodeProperty());
        row(grid, row++, "label.category", category, viewModel.categoryErrorProperty(), "intake-category-error");
        grid.add(hsCode, 3, row - 1);

        TextField description = textField("intake-description", "");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        suggest(description, viewModel::descriptionSuggestions);
        row(grid, row++, "label.description", description, viewModel.descriptionErrorProperty(),
                "intake-description-error");

        TextField quantity = textField("intake-quantity", "");
        quantity.textProperty().bindBidirectional(viewModel.quantityProperty());
        row(grid, row++, "label.quantity", quantity, viewModel.quantityErrorProperty(), "intake-quantity-error");
        TextField unit = textField("intake-unit", "");
        unit.textProperty().bindBidirectional(viewModel.unitProperty());
        row(grid, row++, "label.unit", unit, viewModel.unitErrorProperty(), "intake-unit-error");

        ComboBox<Condition> condition = new ComboBox<>(FXCollections.observableArrayList(Condition.values()));
        condition.setId("intake-condition");
        condition.setConverter(codes("condition."));
        condition.valueProperty().bindBidirectional(viewModel.conditionProperty());
        row(grid, row++, "label.condition", condition, null, null);

        TextField unitValue = textField("intake-unit-value", "");
        unitValue.textProperty().bindBidirectional(viewModel.unitValueProperty());
        row(grid, row++, "label.unitValue", unitValue, viewModel.unitValueErrorProperty(), "intake-unit-value-error");
        TextField unitKg = textField("intake-unit-kg", "");
        unitKg.textProperty().bindBidirectional(viewModel.unitKgProperty());
        row(grid, row++, "label.unitKg", unitKg, viewModel.unitKgErrorProperty(), "intake-unit-kg-error");
        TextField location = textField("intake-location", "");
        location.textProperty().bindBidirectional(viewModel.locationProperty());
        row(grid, row++, "label.location", location, null, null);
        grid.add(testRecord(), 0, row, 4, 1);
        return grid;
    }

    private Node testRecord() {
        DatePicker testedOn = new DatePicker();
        testedOn.setId("intake-tested-on");
        testedOn.valueProperty().bindBidirectional(viewModel.testedOnProperty());
        TextField testedBy = textField("intake-tested-by", "");
        testedBy.textProperty().bindBidirectional(viewModel.testedByProperty());
        ComboBox<TestResult> result = new ComboBox<>(FXCollections.observableArrayList(TestResult.values()));
        result.setId("intake-test-result");
        result.setConverter(codes("testResult."));
        result.valueProperty().bindBidirectional(viewModel.testResultProperty());
        Label heading = new Label(text.get("label.testRecord"), new FontIcon("mdi2f-flash"));
        Label error = errorLabel(viewModel.testErrorProperty(), "intake-test-error");
        HBox fields = new HBox(8, new Label(text.get("label.testedOn")), testedOn, new Label(text.get("label.testedBy")),
                testedBy, new Label(text.get("label.testResult")), result);
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, heading, fields, error);
        box.setId("intake-test-record");
        box.getStyleClass().add("intake-test-record");
        box.visibleProperty().bind(viewModel.testRecordShownProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node buttons() {
        Button save = new Button(text.get("button.save"), new FontIcon("mdi2c-content-save"));
        save.setId("intake-save");
        save.setDefaultButton(true);
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
        HBox bar = new HBox(8, save, sameAsLast, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("intake-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        return status;
    }

    private void onSave() {
        viewModel.save();
        category.requestFocus();
    }

    private void onSameAsLast() {
        viewModel.sameAsLast();
        category.requestFocus();
    }

    private void onUndo() {
        viewModel.undoLastSave();
        category.requestFocus();
    }

    private void onShortcut(KeyEvent event) {
        if (SAME_AS_LAST.match(event)) {
            onSameAsLast();
            event.consume();
        } else if (UNDO.match(event) && viewModel.undoesSaveOnShortcut()) {
            onUndo();
            event.consume();
        }
    }

    private void row(GridPane grid, int row, String labelKey, javafx.scene.control.Control field,
                     ReadOnlyStringProperty error, String errorId) {
        Label label = new Label(text.get(labelKey));
        label.setLabelFor(field);
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (error != null) {
            grid.add(errorLabel(error, errorId), 2, row, 2, 1);
        }
    }

    private static Label errorLabel(ReadOnlyStringProperty error, String id) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(error);
        label.getStyleClass().add("danger");
        return label;
    }

    private static TextField textField(String id, String initial) {
        TextField field = new TextField(initial);
        field.setId(id);
        return field;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setHgrow(Priority.ALWAYS);
        return constraints;
    }

    /** Type-ahead: the known values containing what was typed, ignoring case. */
    private static void suggest(TextField field, Supplier<Collection<String>> values) {
        TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText().trim().toLowerCase(Locale.ROOT);
            if (typed.isEmpty()) {
                return List.of();
            }
            return values.get().stream().filter(v -> v.toLowerCase(Locale.ROOT).contains(typed)
                    && !v.equalsIgnoreCase(typed)).limit(SUGGESTION_LIMIT).toList();
        });
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
}
