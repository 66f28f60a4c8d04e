package org.shipshape.gui.customs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditor;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.Phrase;

/**
 * The fixed phrases of the documents in every language, each marked once a native speaker checked it; exported
 * to and imported from a spreadsheet for translators.
 */
public final class PhrasesView implements SectionView {
    private final PhrasesViewModel viewModel;
    private final Messages text = Messages.of(PhrasesView.class);
    private final VBox root = new VBox();

    public PhrasesView(GuiContext context) {
        this.viewModel = new PhrasesViewModel(context);
        ReferenceEditor editor = new ReferenceEditor("phrases");
        TextField key = editor.field(text.get("label.key"), "key", viewModel.keyProperty());
        key.disableProperty().bind(viewModel.creatingProperty().not());
        editor.choice(text.get("label.language"), "language", Arrays.asList(Language.values()),
                viewModel.languageProperty(), Language::nativeName, "").disableProperty()
                .bind(viewModel.creatingProperty().not());
        editor.area(text.get("label.text"), "text", viewModel.textProperty());
        editor.check(text.get("label.checked"), "checked", viewModel.checkedProperty());
        TableView<Phrase> table = new TableView<>();
        table.getColumns().add(editor.column(text.get("column.key"), "key", Phrase::key));
        table.getColumns().add(editor.column(text.get("column.language"), "language", p -> p.language().code()));
        table.getColumns().add(editor.column(text.get("column.text"), "text", Phrase::text));
        table.getColumns().add(editor.column(text.get("column.checked"), "checked", p -> p.checked()
                ? text.get("checked.yes") : text.get("checked.no")));
        Button export = new Button(text.get("button.export"), new FontIcon("mdi2f-file-export-outline"));
        export.setId("phrases-export");
        export.setOnAction(e -> onExport());
        Button importCsv = new Button(text.get("button.import"), new FontIcon("mdi2f-file-import-outline"));
        importCsv.setId("phrases-import");
        importCsv.setOnAction(e -> onImport());
        Region layout = editor.layout(viewModel, table, List.of(export, importCsv));

        List<Language> filterChoices = new ArrayList<>();
        filterChoices.add(null);
        filterChoices.addAll(Arrays.asList(Language.values()));
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.getItems().setAll(filterChoices);
        language.setId("phrases-language-filter");
        language.setConverter(Tables.showing(Language::nativeName, text.get("filter.allLanguages")));
        language.valueProperty().bindBidirectional(viewModel.languageFilterProperty());
        CheckBox unchecked = new CheckBox(text.get("filter.unchecked"));
        unchecked.setId("phrases-unchecked-only");
        unchecked.selectedProperty().bindBidirectional(viewModel.uncheckedOnlyProperty());
        Label hint = new Label(text.get("hint"));
        hint.setWrapText(true);
        HBox filters = new HBox(10, new Label(text.get("filter.language")), language, unchecked);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, hint, filters);
        top.setPadding(new Insets(10, 10, 0, 10));
        root.setId("phrases-editor");
        root.getChildren().addAll(top, layout);
        VBox.setVgrow(layout, Priority.ALWAYS);
    }

    private void onExport() {
        viewModel.exportCsv();
    }

    private void onImport() {
        viewModel.importCsv();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.load();
    }
}
