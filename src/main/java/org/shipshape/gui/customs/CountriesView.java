package org.shipshape.gui.customs;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditor;
import org.shipshape.gui.common.SectionView;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Severity;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.shipments.Country;

/**
 * The destination countries and, below them, the rules of the chosen country: goods restricted there, with how
 * hard they stop the work and the organisation's explanation. Rules change: each says to confirm with the
 * forwarder.
 */
public final class CountriesView implements SectionView {
    private final CountriesViewModel countries;
    private final DestinationRulesViewModel rules;
    private final Messages text = Messages.of(CountriesView.class);
    private final SplitPane root = new SplitPane();

    public CountriesView(GuiContext context) {
        this.countries = new CountriesViewModel(context);
        this.rules = new DestinationRulesViewModel(context);
        countries.selectedProperty().addListener((obs, old, now) -> rules.countryProperty().set(now == null ? ""
                : now.code()));
        root.setId("countries-and-rules");
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(countriesEditor(), rulesEditor());
        root.setDividerPositions(0.45);
    }

    private Region countriesEditor() {
        ReferenceEditor editor = new ReferenceEditor("countries");
        editor.codeAndName(text, countries.codeProperty(), countries.nameProperty(), countries.creatingProperty());
        TextField languages = editor.field(text.get("label.languages"), "languages", countries.languagesProperty());
        languages.setPromptText(text.get("prompt.languages"));
        TableView<Country> table = editor.<Country>codedTable(text,
                editor.column(text.get("column.languages"), "languages",
                        c -> CountriesViewModel.codes(c.documentLanguages())));
        return editor.layout(countries, table, List.of());
    }

    private Region rulesEditor() {
        ReferenceEditor editor = new ReferenceEditor("rules");
        ChoiceBox<Category> category = new ChoiceBox<>(rules.categories());
        category.setId("rules-category");
        category.valueProperty().bindBidirectional(rules.categoryProperty());
        category.setConverter(org.shipshape.gui.common.Tables.showing(Category::name, text.get("rule.noCategory")));
        editor.add(text.get("label.category"), category);
        editor.field(text.get("label.hsCode"), "hs-code", rules.hsCodeProperty()).setPromptText(
                text.get("prompt.hsCode"));
        editor.check(text.get("label.usedOnly"), "used-only", rules.usedOnlyProperty());
        editor.choice(text.get("label.severity"), "severity", List.of(Severity.values()), rules.severityProperty(),
                this::severity, "");
        editor.area(text.get("label.explanation"), "explanation", rules.explanationProperty());
        editor.check(text.get("label.confirmed"), "confirmed", rules.confirmedProperty());
        TableView<DestinationRule> table = new TableView<>();
        table.getColumns().add(editor.column(text.get("column.severity"), "severity",
                r -> severity(r.severity())));
        table.getColumns().add(editor.column(text.get("column.goods"), "goods", rules::goods));
        table.getColumns().add(editor.column(text.get("column.explanation"), "explanation", DestinationRule::message));
        table.getColumns().add(editor.column(text.get("column.confirmed"), "confirmed", r -> r.confirmed()
                ? text.get("confirmed.yes") : text.get("confirmed.no")));
        Label heading = new Label();
        heading.setId("rules-country");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                rules.countryProperty().get().isBlank() ? text.get("rules.none")
                        : text.get("rules.of", rules.countryProperty().get()), rules.countryProperty()));
        Region layout = editor.layout(rules, table, List.of());
        VBox box = new VBox(heading, layout);
        VBox.setVgrow(layout, Priority.ALWAYS);
        box.setPadding(new javafx.geometry.Insets(6, 0, 0, 10));
        return box;
    }

    private String severity(Severity severity) {
        return text.catalogue().text(Catalogue.enumKey(severity));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        countries.load();
        rules.load();
    }

    CountriesViewModel countries() {
        return countries;
    }

    DestinationRulesViewModel rules() {
        return rules;
    }
}
