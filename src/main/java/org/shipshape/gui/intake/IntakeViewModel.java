package org.shipshape.gui.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.NumberInput;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.intake.IntakeService;
import org.shipshape.logic.intake.ItemRules;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;

/**
 * The intake form: one item per save, keyboard first. Choosing a category fills its unit, HS code and unit
 * weight; each field has its own error text; Save is possible only when there is none. After a save the
 * item fields clear (donor, date and location stay, as a donor usually brings several things), the last entry
 * can be repeated ("same as last") and the save can be undone while the item is not packed.
 */
public final class IntakeViewModel {
    private final GuiContext context;
    private final IntakeService service;
    private final Messages text = Messages.of(IntakeView.class);

    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Donor> donors = FXCollections.observableArrayList();
    private final ObservableList<String> descriptionSuggestions = FXCollections.observableArrayList();

    private final StringProperty donorName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty categoryName = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty unit = new SimpleStringProperty("");
    private final ObjectProperty<Condition> condition = new SimpleObjectProperty<>(Condition.USED_GOOD);
    private final StringProperty unitValue = new SimpleStringProperty("0");
    private final StringProperty unitKg = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> testedOn = new SimpleObjectProperty<>();
    private final StringProperty testedBy = new SimpleStringProperty("");
    private final ObjectProperty<TestResult> testResult = new SimpleObjectProperty<>();

    private final ReadOnlyStringWrapper hsCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper donorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper donorHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper categoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper descriptionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quantityError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitValueError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitKgError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper testError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final javafx.beans.property.ReadOnlyBooleanWrapper statusIsProblem =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** Any error, shown or not yet: Save stays disabled while there is one. */
    private final BooleanProperty invalid = new SimpleBooleanProperty();
    private final BooleanProperty undoAvailable = new SimpleBooleanProperty();
    private final BooleanProperty sameAsLastAvailable = new SimpleBooleanProperty();
    private final BooleanBinding testRecordShown;
    private final BooleanBinding valid;
    /** What the date field could not read ("'Books' is not a date..."), given by the view's date field. */
    private final StringProperty receivedOnTypedError = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper receivedOnError = new ReadOnlyStringWrapper("");
    private final StringProperty testedOnTypedError = new SimpleStringProperty("");
    /** The errors as they are, shown beside a field only once it was edited or a save was tried. */
    private final java.util.Map<ReadOnlyStringWrapper, String> errors = new java.util.LinkedHashMap<>();
    private final java.util.Set<ReadOnlyStringWrapper> touched = new java.util.HashSet<>();
    private boolean saveTried;
    /** The organisation's currency for values typed at intake, read with the lists. */
    private String currency = "EUR";
    /** True while the form fills itself (defaults, clearing, "same as last"): that is not the user editing. */
    private boolean filling;
    /** The unit and unit weight the form filled in from the category, replaced when another category is chosen. */
    private String appliedUnit = "";
    private String appliedKg = "";

    /** The last saved entry (for "same as last") and its id (for undo). */
    private DonatedItem lastSaved;
    private String lastDonorName;
    private Long lastSavedId;
    /** Nothing typed since the last save: Ctrl+Z then undoes the save rather than the typing. */
    private boolean pristine;

    public IntakeViewModel(GuiContext context) {
        this.context = context;
        this.service = new IntakeService(context.workspace());
        categoryName.addListener((obs, old, name) -> category.set(findCategory(name).orElse(null)));
        category.addListener((obs, old, chosen) -> applyDefaults(chosen));
        testRecordShown = Bindings.createBooleanBinding(() -> ItemRules.needsTestRecord(category.get()), category);
        watch(donorName, donorError);
        watch(receivedOn, receivedOnError);
        watch(receivedOnTypedError, receivedOnError);
        watch(categoryName, categoryError);
        watch(description, descriptionError);
        watch(quantity, quantityError);
        watch(unit, unitError);
        watch(unitValue, unitValueError);
        watch(unitKg, unitKgError);
        watch(testedOn, testError);
        watch(testedOnTypedError, testError);
        watch(testedBy, testError);
        watch(testResult, testError);
        List.<ObservableValue<?>>of(category, location, condition).forEach(input -> input.addListener(
                (obs, old, now) -> edited(null)));
        valid = Bindings.createBooleanBinding(this::hasNoErrors, invalid);
        validate();
    }

    /** An edit of this input marks its field as touched, so its error (if any) shows from now on. */
    private void watch(ObservableValue<?> input, ReadOnlyStringWrapper error) {
        input.addListener((obs, old, now) -> edited(error));
    }

    private void edited(ReadOnlyStringWrapper field) {
        if (!filling && field != null) {
            touched.add(field);
        }
        validate();
        if (!filling) {
            pristine = false;
            undoAvailable.set(false);
        }
    }

    /** Loads categories, donors and suggestions (call when the screen is shown). */
    public void load() {
        context.tasks().execute(BackgroundTask.of(text.get("task.load"), progress -> new Lists(
                service.categories(), service.donors(), service.descriptionSuggestions(null), service.defaultCurrency()))
                .onSuccess(lists -> {
                    currency = lists.currency;
                    categories.setAll(lists.categories);
                    donors.setAll(lists.donors);
                    descriptionSuggestions.setAll(lists.descriptions);
                    category.set(findCategory(categoryName.get()).orElse(null));
                    validate();
                }));
    }

    private record Lists(List<Category> categories, List<Donor> donors, List<String> descriptions,
                         String currency) {
    }

    private Optional<Category> findCategory(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return categories.stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }

    private Optional<Donor> findDonor(String name) {
        String wanted = name == null ? "" : name.trim();
        return donors.stream().filter(d -> d.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * A category brings its unit, HS code and unit weight. A unit or weight the volunteer typed stays; one the form
     * filled in from the previous category is replaced, even when the category was typed letter by letter (and so was
     * unknown in between).
     */
    private void applyDefaults(Category chosen) {
        hsCode.set(chosen == null || chosen.hsCode() == null ? "" : chosen.hsCode().value());
        if (chosen == null) {
            return;
        }
        boolean wasFilling = filling;
        filling = true;
        try {
            if (unit.get().isBlank() || unit.get().equals(appliedUnit)) {
                unit.set(chosen.defaultUnit());
                appliedUnit = chosen.defaultUnit();
            }
            String kg = chosen.defaultUnitKg() == null ? "" : plain(chosen.defaultUnitKg());
            if (unitKg.get().isBlank() || unitKg.get().equals(appliedKg)) {
                unitKg.set(kg);
                appliedKg = kg;
            }
        } finally {
            filling = wasFilling;
        }
    }

    private String plain(BigDecimal value) {
        return text.input(value);
    }

    private void validate() {
        errors.put(donorError, donorName.get().isBlank() ? text.get("error.donor") : "");
        donorHint.set(!donorName.get().isBlank() && findDonor(donorName.get()).isEmpty()
                ? text.get("hint.newDonor", donorName.get().trim()) : "");
        errors.put(receivedOnError, !receivedOnTypedError.get().isBlank() ? receivedOnTypedError.get()
                : receivedOn.get() == null ? text.get("error.date") : "");
        errors.put(categoryError, category.get() != null ? "" : categoryName.get().isBlank()
                ? text.get("error.category") : text.get("error.unknownCategory", categoryName.get().trim()));
        errors.put(descriptionError, description.get().isBlank() ? text.get("error.description") : "");
        errors.put(unitError, unit.get().isBlank() ? text.get("error.unit") : "");
        errors.put(quantityError, numberError(quantity.get(), true, false, "error.quantity"));
        errors.put(unitValueError, numberError(unitValue.get(), true, true, "error.unitValue"));
        boolean weightRequired = ItemRules.weightRequired(category.get());
        errors.put(unitKgError, unitKg.get().isBlank() && !weightRequired ? ""
                : numberError(unitKg.get(), true, false, "error.unitKg"));
        errors.put(testError, !testedOnTypedError.get().isBlank() ? testedOnTypedError.get() : testProblem());
        errors.forEach((field, error) -> field.set(saveTried || touched.contains(field) ? error : ""));
        invalid.set(errors.values().stream().anyMatch(error -> !error.isEmpty()));
    }

    /** The error text for a number field; empty when the text is a number in range. */
    private String numberError(String input, boolean required, boolean zeroAllowed, String key) {
        Optional<BigDecimal> value;
        try {
            value = text.parseNumber(input);
        } catch (NumberInput.Refused e) {
            return text.render(e.reason());
        }
        if (value.isEmpty()) {
            return required ? text.get(key) : "";
        }
        int sign = value.get().signum();
        return sign > 0 || (zeroAllowed && sign == 0) ? "" : text.get(key);
    }

    /** A test record is optional at intake, but once started it must name date, tester and result. */
    private String testProblem() {
        if (!ItemRules.needsTestRecord(category.get())) {
            return "";
        }
        boolean started = testedOn.get() != null || !testedBy.get().isBlank() || testResult.get() != null;
        boolean complete = testedOn.get() != null && !testedBy.get().isBlank() && testResult.get() != null;
        return started && !complete ? text.get("error.test") : "";
    }

    private boolean hasNoErrors() {
        return !invalid.get();
    }

    /** Saves the entry (the donor is added first when new) and clears the item fields for the next one. */
    public void save() {
        saveTried = true;
        validate();
        if (!hasNoErrors() || busy.get()) {
            return;
        }
        String donor = donorName.get().trim();
        DonatedItem draft = draft(0);
        busy.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.save"), progress -> {
            Donor stored = service.donorNamed(donor, DonorKind.INDIVIDUAL);
            DonatedItem item = draft.withDonorId(stored.id());
            return new Saved(service.save(item), item, stored);
        }).onSuccess(saved -> {
            busy.set(false);
            if (findDonor(saved.donor.name()).isEmpty()) {
                donors.add(saved.donor);
            }
            if (!descriptionSuggestions.contains(saved.item.description())) {
                descriptionSuggestions.add(0, saved.item.description());
            }
            lastSaved = saved.item.withId(saved.id);
            lastDonorName = saved.donor.name();
            lastSavedId = saved.id;
            clearItemFields();
            saveTried = false;
            touched.removeAll(List.of(categoryError, descriptionError, quantityError, unitError, unitValueError,
                    unitKgError, testError));
            validate();
            statusIsProblem.set(false);
            status.set(text.get("status.saved", String.valueOf(saved.id), plain(saved.item.quantity()), saved.item.unit(),
                    saved.item.description()));
            context.statusChanged().run();
        }).onFailure(this::failed));
    }

    private record Saved(long id, DonatedItem item, Donor donor) {
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof UserInputException rejected) {
            statusIsProblem.set(true);
            status.set(text.render(rejected.messages(), " "));
        } else {
            context.dialogs().showError(text.get("error.saveFailed"), error);
        }
    }

    private DonatedItem draft(long donorId) {
        Category chosen = category.get();
        TestRecord test = testedOn.get() != null && testResult.get() != null && !testedBy.get().isBlank()
                && ItemRules.needsTestRecord(chosen)
                ? new TestRecord(testedOn.get(), testedBy.get().trim(), testResult.get(), null) : null;
        return new DonatedItem(0, donorId, chosen.id(), description.get().trim(),
                text.parseNumber(quantity.get()).orElseThrow(), unit.get().trim(), condition.get(),
                text.parseNumber(unitValue.get()).orElse(BigDecimal.ZERO), currency,
                text.parseNumber(unitKg.get()).orElse(null), receivedOn.get(),
                location.get().isBlank() ? null : location.get().trim(), ItemStatus.IN_STOCK, test);
    }

    private void clearItemFields() {
        filling = true;
        try {
            clearItemValues();
        } finally {
            filling = false;
        }
        pristine = true;
        undoAvailable.set(true);
        sameAsLastAvailable.set(true);
    }

    private void clearItemValues() {
        appliedUnit = "";
        appliedKg = "";
        categoryName.set("");
        description.set("");
        quantity.set("1");
        unit.set("");
        condition.set(Condition.USED_GOOD);
        unitValue.set("0");
        unitKg.set("");
        testedOn.set(null);
        testedBy.set("");
        testResult.set(null);
    }

    /** Fills the form with the last saved entry, ready to save again (or to change a detail first). */
    public void sameAsLast() {
        if (lastSaved == null) {
            return;
        }
        Category previous = categories.stream().filter(c -> c.id() == lastSaved.categoryId()).findFirst()
                .orElse(null);
        donorName.set(lastDonorName);
        receivedOn.set(lastSaved.receivedOn());
        categoryName.set(previous == null ? "" : previous.name());
        description.set(lastSaved.description());
        quantity.set(plain(lastSaved.quantity()));
        unit.set(lastSaved.unit());
        condition.set(lastSaved.condition());
        unitValue.set(plain(lastSaved.unitValue()));
        unitKg.set(lastSaved.unitKg() == null ? "" : plain(lastSaved.unitKg()));
        location.set(lastSaved.location() == null ? "" : lastSaved.location());
        TestRecord test = lastSaved.testRecord();
        testedOn.set(test == null ? null : test.testedOn());
        testedBy.set(test == null ? "" : test.testedBy());
        testResult.set(test == null ? null : test.result());
        statusIsProblem.set(false);
        status.set(text.get("status.repeated"));
    }

    /** True when Ctrl+Z should take back the last save (nothing typed since). */
    public boolean undoesSaveOnShortcut() {
        return pristine && lastSavedId != null;
    }

    /** Deletes the item saved last, unless it has been packed meanwhile. */
    public void undoLastSave() {
        if (lastSavedId == null) {
            return;
        }
        long id = lastSavedId;
        context.tasks().execute(BackgroundTask.of(text.get("task.undo"), progress -> {
            service.undoSave(id);
            return id;
        }).onSuccess(undone -> {
            lastSavedId = null;
            undoAvailable.set(false);
            statusIsProblem.set(false);
            status.set(text.get("status.undone", String.valueOf(undone)));
            context.statusChanged().run();
        }).onFailure(this::failed));
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableList<Donor> donors() {
        return donors;
    }

    public ObservableList<String> descriptionSuggestions() {
        return descriptionSuggestions;
    }

    public StringProperty donorNameProperty() {
        return donorName;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public StringProperty categoryNameProperty() {
        return categoryName;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<Condition> conditionProperty() {
        return condition;
    }

    public StringProperty unitValueProperty() {
        return unitValue;
    }

    public StringProperty unitKgProperty() {
        return unitKg;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<LocalDate> testedOnProperty() {
        return testedOn;
    }

    public StringProperty testedByProperty() {
        return testedBy;
    }

    public ObjectProperty<TestResult> testResultProperty() {
        return testResult;
    }

    public ReadOnlyStringProperty hsCodeProperty() {
        return hsCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty donorErrorProperty() {
        return donorError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty donorHintProperty() {
        return donorHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryErrorProperty() {
        return categoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionErrorProperty() {
        return descriptionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitErrorProperty() {
        return unitError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitValueErrorProperty() {
        return unitValueError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitKgErrorProperty() {
        return unitKgError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testErrorProperty() {
        return testError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receivedOnErrorProperty() {
        return receivedOnError.getReadOnlyProperty();
    }

    /** Bound by the view to what its date field could not read. */
    public StringProperty receivedOnTypedErrorProperty() {
        return receivedOnTypedError;
    }

    public StringProperty testedOnTypedErrorProperty() {
        return testedOnTypedError;
    }

    /** True when the status line reports a problem rather than a success. */
    public javafx.beans.property.ReadOnlyBooleanProperty statusIsProblemProperty() {
        return statusIsProblem.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty undoAvailableProperty() {
        return undoAvailable;
    }

    public BooleanProperty sameAsLastAvailableProperty() {
        return sameAsLastAvailable;
    }

    public BooleanBinding testRecordShownProperty() {
        return testRecordShown;
    }
}
