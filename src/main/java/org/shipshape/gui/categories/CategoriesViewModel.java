package org.shipshape.gui.categories;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.EditConflicts;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.HandlingFlag;
import org.shipshape.model.categories.HsCode;

/**
 * Categories: the list, and a form for the chosen (or a new) category: default HS code (6 digits, {@code NNNN.NN}),
 * unit and unit weight, handling flags, and the name in French, Romanian, Russian and Armenian.
 */
public final class CategoriesViewModel {
    private final GuiContext context;
    private final CategoryService service;
    private final Messages text = Messages.of(CategoriesView.class);

    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Category> selected = new SimpleObjectProperty<>();
    /** The version of each category as last read, by id: what a save of it names (docs/decisions/0015). */
    private final Map<Long, Long> versions = new HashMap<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty hsCode = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("pcs");
    private final StringProperty unitKg = new SimpleStringProperty("");
    private final Map<HandlingFlag, BooleanProperty> flags = new EnumMap<>(HandlingFlag.class);
    private final Map<Language, StringProperty> translations = new EnumMap<>(Language.class);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hsCodeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitKgError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private boolean showing;
    private boolean nameTouched;
    private boolean saveTried;

    public CategoriesViewModel(GuiContext context) {
        this.context = context;
        this.service = new CategoryService(context.workspace());
        for (HandlingFlag flag : HandlingFlag.values()) {
            flags.put(flag, new SimpleBooleanProperty());
        }
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                translations.put(language, new SimpleStringProperty(""));
            }
        }
        List.<javafx.beans.Observable>of(name, hsCode, unit, unitKg).forEach(p -> p.addListener(obs -> validate()));
        name.addListener(obs -> nameTouched = nameTouched || !showing);
        selected.addListener((obs, old, category) -> show(category));
        valid = Bindings.createBooleanBinding(() -> !name.get().isBlank() && nameError.get().isEmpty()
                && hsCodeError.get().isEmpty() && unitError.get().isEmpty() && unitKgError.get().isEmpty(), name,
                nameError, hsCodeError, unitError, unitKgError);
        validate();
    }

    public void load() {
        context.tasks().execute(BackgroundTask.of(text.get("task.load"), progress -> service.entries())
                .onSuccess(read -> {
                    loading.set(false);
                    Category chosen = selected.get();
                    versions.clear();
                    read.forEach(v -> versions.put(v.value().id(), v.number()));
                    List<Category> all = Versioned.values(read);
                    categories.setAll(all);
                    selected.set(chosen == null ? null : all.stream().filter(c -> c.id() == chosen.id()).findFirst()
                            .orElse(null));
                }));
    }

    private void show(Category category) {
        showing = true;
        nameTouched = false;
        try {
            fill(category);
        } finally {
            showing = false;
        }
        validate();
    }

    private void fill(Category category) {
        name.set(category == null ? "" : category.name());
        hsCode.set(category == null || category.hsCode() == null ? "" : category.hsCode().value());
        unit.set(category == null ? "pcs" : category.defaultUnit());
        unitKg.set(category == null || category.defaultUnitKg() == null ? ""
                : text.input(category.defaultUnitKg()));
        flags.forEach((flag, property) -> property.set(category != null && category.has(flag)));
        translations.forEach((language, property) -> property.set(category == null ? ""
                : category.translations().getOrDefault(language, "")));
    }

    private void validate() {
        // an empty new form shows no error until the name was typed in and removed, or Save was tried
        nameError.set(name.get().isBlank() && (nameTouched || saveTried) ? text.get("error.name") : "");
        unitError.set(unit.get().isBlank() ? text.get("error.unit") : "");
        hsCodeError.set(hsCodeProblem());
        unitKgError.set(unitKgProblem());
    }

    private String hsCodeProblem() {
        try {
            HsCode.parse(hsCode.get());
            return "";
        } catch (IllegalArgumentException e) {
            return text.get("error.hsCode");
        }
    }

    private String unitKgProblem() {
        try {
            Optional<BigDecimal> kg = text.parseNumber(unitKg.get());
            return kg.isEmpty() || kg.get().signum() > 0 ? "" : text.get("error.unitKg");
        } catch (IllegalArgumentException e) {
            return text.get("error.unitKg");
        }
    }

    public void newCategory() {
        selected.set(null);
        show(null);
    }

    public void save() {
        saveTried = true;
        validate();
        if (!valid.get()) {
            return;
        }
        Category current = selected.get();
        Set<HandlingFlag> chosenFlags = EnumSet.noneOf(HandlingFlag.class);
        flags.forEach((flag, property) -> {
            if (property.get()) {
                chosenFlags.add(flag);
            }
        });
        Map<Language, String> names = new EnumMap<>(Language.class);
        translations.forEach((language, property) -> {
            if (!property.get().isBlank()) {
                names.put(language, property.get().trim());
            }
        });
        Category edited = new Category(current == null ? 0 : current.id(), name.get().trim(),
                HsCode.parse(hsCode.get()).orElse(null), unit.get().trim(),
                text.parseNumber(unitKg.get()).orElse(null), chosenFlags, names);
        long seen = current == null ? 0 : versions.getOrDefault(current.id(), 0L);
        context.tasks().execute(BackgroundTask.of(text.get("task.save"), progress -> service.save(edited, seen))
                .onSuccess(stored -> {
                    Category saved = stored.value();
                    versions.put(saved.id(), stored.number());
                    if (current == null) {
                        categories.add(saved);
                    } else {
                        categories.replaceAll(c -> c.id() == saved.id() ? saved : c);
                    }
                    selected.set(saved);
                    message.set(text.get("message.saved", saved.name()));
                }).onFailure(error -> {
                    if (EditConflicts.offerReload(context.dialogs(), error, this::load)) {
                        message.set("");
                    } else if (error instanceof UserInputException rejected) {
                        message.set(text.render(rejected.messages(), " "));
                    } else {
                        context.dialogs().showError(text.get("error.save"), error);
                    }
                }));
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObjectProperty<Category> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hsCodeProperty() {
        return hsCode;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty unitKgProperty() {
        return unitKg;
    }

    public BooleanProperty flagProperty(HandlingFlag flag) {
        return flags.get(flag);
    }

    public StringProperty translationProperty(Language language) {
        return translations.get(language);
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hsCodeErrorProperty() {
        return hsCodeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitErrorProperty() {
        return unitError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitKgErrorProperty() {
        return unitKgError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True until the categories are read. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
