package org.shipshape.gui.customs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditorViewModel;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.customs.DestinationRules;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Severity;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.customs.DestinationRule;

/**
 * The destination rules of the country chosen above them: goods restricted by category or HS code (or all goods),
 * for used goods only or all, with a severity and the organisation's own explanation, confirmed with the forwarder
 * or not.
 */
public final class DestinationRulesViewModel extends ReferenceEditorViewModel<DestinationRule> {
    private final Messages text = Messages.of(CountriesView.class);
    private final DestinationRules rules;
    private final StringProperty country = new SimpleStringProperty("");
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty hsCode = new SimpleStringProperty("");
    private final BooleanProperty usedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.WARN);
    private final StringProperty explanation = new SimpleStringProperty("");
    private final BooleanProperty confirmed = new SimpleBooleanProperty(false);
    private volatile Map<Long, String> categoryNames = Map.of();
    private long editing;

    public DestinationRulesViewModel(GuiContext context) {
        this(context, new DestinationRules(context.workspace()));
    }

    private DestinationRulesViewModel(GuiContext context, DestinationRules rules) {
        super(context, rules);
        this.rules = rules;
        watch(category, hsCode, usedOnly, severity, explanation, confirmed, country);
        country.addListener((obs, old, now) -> load());
        start();
    }

    /** Shows the rules of this country, and adds new ones to it. */
    public StringProperty countryProperty() {
        return country;
    }

    @Override
    public void load() {
        context.tasks().execute(BackgroundTask.of(text.get("task.categories"), progress ->
                        new CategoryService(context.workspace()).all())
                .onSuccess(all -> {
                    Category chosen = category.get();
                    categories.setAll(all);
                    categories.add(0, null); // "no category": the rule goes by HS code, or covers all goods
                    category.set(chosen);
                    categoryNames = all.stream().collect(Collectors.toMap(Category::id, Category::name));
                }));
        super.load();
    }

    @Override
    protected List<Versioned<DestinationRule>> fetch() {
        return country.get().isBlank() ? List.of() : rules.entriesOf(country.get());
    }

    @Override
    protected String searchText(DestinationRule entry) {
        return goods(entry) + " " + entry.message() + " " + entry.severity().code();
    }

    /** What the rule covers, as the list shows it: a category, an HS code, or all goods; "used" when it says so. */
    public String goods(DestinationRule rule) {
        String what = rule.categoryId() != null ? categoryNames.getOrDefault(rule.categoryId(), "?")
                : rule.hsCode() != null ? text.get("rule.hs", rule.hsCode()) : text.get("rule.allGoods");
        return rule.usedOnly() ? text.get("rule.usedOnly", what) : what;
    }

    @Override
    protected void fill(DestinationRule r) {
        editing = r == null ? 0 : r.id();
        Function<Long, Category> byId = id -> categories.stream().filter(c -> c.id() == id).findFirst().orElse(null);
        category.set(r == null || r.categoryId() == null ? null : byId.apply(r.categoryId()));
        hsCode.set(r == null || r.hsCode() == null ? "" : r.hsCode());
        usedOnly.set(r != null && r.usedOnly());
        severity.set(r == null ? Severity.WARN : r.severity());
        explanation.set(r == null ? "" : r.message());
        confirmed.set(r != null && r.confirmed());
    }

    @Override
    protected Typed<DestinationRule> typed() {
        if (country.get().isBlank()) {
            return Typed.refused(List.of(text.get("rule.chooseCountry")));
        }
        return Typed.of(new DestinationRule(creatingProperty().get() ? 0 : editing, country.get(),
                category.get() == null ? null : category.get().id(), hsCode.get(), usedOnly.get(),
                severity.get() == null ? Severity.WARN : severity.get(), explanation.get(), confirmed.get()));
    }

    @Override
    protected String describe(DestinationRule entry) {
        return text.get("rule.entry", entry.countryCode(), goods(entry));
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty hsCodeProperty() {
        return hsCode;
    }

    public BooleanProperty usedOnlyProperty() {
        return usedOnly;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public StringProperty explanationProperty() {
        return explanation;
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }
}
