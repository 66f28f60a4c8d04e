package org.shipshape.gui.categories;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Columns;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Placeholders;
import org.shipshape.gui.common.Shortcut;
import org.shipshape.gui.common.Shortcuts;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.HandlingFlag;

/** Categories of goods: list and editing form (HS code, unit, unit weight, flags, translated names). */
public final class CategoriesView implements SectionView {
    private final CategoriesViewModel viewModel;
    private final Messages text = Messages.of(CategoriesView.class);
    private final SplitPane root = new SplitPane();
    private final TableView<Category> table = new TableView<>();
    private final Catalogue formats = text.catalogue();
    private final Shortcuts shortcuts = new Shortcuts();

    public CategoriesView(GuiContext context) {
        this.viewModel = new CategoriesViewModel(context);
        root.setId("categories");
        root.getItems().addAll(table(), form());
        root.setDividerPositions(0.5);
        shortcuts.installOn(root);
    }

    private Node table() {
        table.setId("categories-table");
        table.setItems(viewModel.categories());
        table.getColumns().addAll(List.of(
                column("name", Category::name),
                column("hsCode", c -> c.hsCode() == null ? "" : c.hsCode().value()),
                column("unit", Category::defaultUnit),
                Columns.numeric(column("unitKg", c -> formats.number(c.defaultUnitKg())))));
        Columns.fitToContent(table, "categories");
        table.setPlaceholder(Placeholders.loadingOr(viewModel.loadingProperty(), text.get("empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, category) -> {
            if (category != null) {
                viewModel.selectedProperty().set(category);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, category) -> {
            if (category == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != category) {
                table.getSelectionModel().select(category);
            }
        });
        return table;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        field(grid, row++, text.get("label.name"), "categories-name", viewModel.nameProperty(),
                viewModel.nameErrorProperty());
        field(grid, row++, text.get("label.hsCode"), "categories-hs-code", viewModel.hsCodeProperty(),
                viewModel.hsCodeErrorProperty());
        field(grid, row++, text.get("label.unit"), "categories-unit", viewModel.unitProperty(),
                viewModel.unitErrorProperty());
        field(grid, row++, text.get("label.unitKg"), "categories-unit-kg", viewModel.unitKgProperty(),
                viewModel.unitKgErrorProperty());
        FlowPane flags = new FlowPane(10, 4);
        for (HandlingFlag flag : HandlingFlag.values()) {
            CheckBox box = new CheckBox(text.get("flag." + flag.code()));
            box.setId("categories-flag-" + flag.code());
            box.selectedProperty().bindBidirectional(viewModel.flagProperty(flag));
            flags.getChildren().add(box);
        }
        grid.add(new Label(text.get("label.flags")), 0, row);
        grid.add(flags, 1, row++, 2, 1);
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                field(grid, row++, language.nativeName(), "categories-name-" + language.code(),
                        viewModel.translationProperty(language), null);
            }
        }
        Button save = new Button(text.get("button.save"), new FontIcon("mdi2c-content-save"));
        save.setId("categories-save");
        shortcuts.enterPresses(save, text.get("shortcut.save"))
                .add(Shortcuts.shortcut(KeyCode.S), text.get("shortcut.save"), () -> {
                    if (!save.isDisabled()) {
                        viewModel.save();
                    }
                }, save);
        save.disableProperty().bind(viewModel.validProperty().not());
        save.setOnAction(e -> viewModel.save());
        Button add = new Button(text.get("button.new"), new FontIcon("mdi2p-plus"));
        add.setId("categories-new");
        add.setOnAction(e -> viewModel.newCategory());
        shortcuts.add(Shortcuts.shortcut(KeyCode.N), text.get("shortcut.new"), viewModel::newCategory, add);
        Label message = new Label();
        message.setId("categories-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, grid, new HBox(8, save, add), message);
        box.setPadding(new Insets(10));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void field(GridPane grid, int row, String labelText, String id, StringProperty property,
                       ReadOnlyStringProperty error) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (error != null) {
            Label errorLabel = new Label();
            errorLabel.setId(id + "-error");
            errorLabel.getStyleClass().add("danger");
            errorLabel.textProperty().bind(error);
            errorLabel.setWrapText(true);
            grid.add(errorLabel, 2, row);
        }
    }

    private TableColumn<Category, String> column(String key, Function<Category, String> value) {
        return Tables.column(text.get("column." + key), "categories-column-" + key, value);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.load();
    }

    @Override
    public List<Shortcut> shortcuts() {
        return shortcuts.list();
    }
}
