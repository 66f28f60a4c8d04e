package org.shipshape.gui.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
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
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.labels.LabelPrinting;
import org.shipshape.logic.settings.OrganisationRules;
import org.shipshape.logic.settings.SettingsService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.audit.AuditEntry;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.model.settings.Defaults;
import org.shipshape.model.settings.Logo;
import org.shipshape.model.settings.Organisation;
import org.shipshape.model.shipments.Country;

/**
 * The settings window: the organisation (the shipper on every document) and the defaults. Every field is checked
 * as it is typed and says what to do next to it; Save stores all of it as one change, written to the change log
 * with who and when. The window's language is the volunteer's, kept on this computer, not in the warehouse.
 */
public final class SettingsViewModel {
    /** The organisation's fields, by the name the view gives their controls ("settings-" + name). */
    public enum Field {
        NAME, ADDRESS, COUNTRY, REGISTRATION, EORI, CONTACT, PHONE, EMAIL, SIGNATORY_NAME, SIGNATORY_TITLE, ORIGIN,
        LOGO, CURRENCY, MAX_KG, LABEL_STOCK, USABLE_SHARE
    }

    private final GuiContext context;
    private final SettingsService service;
    private final UiLanguage uiLanguage;
    private final Messages text = Messages.of(SettingsView.class);
    private final Map<Field, StringProperty> fields = new LinkedHashMap<>();
    private final Map<Field, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ObjectProperty<Logo> logo = new SimpleObjectProperty<>();
    private final ObjectProperty<LabelStock> labelStock = new SimpleObjectProperty<>();
    private final ObservableList<LabelStock> labelStocks = FXCollections.observableArrayList();
    private final StringProperty labelPrinter = new SimpleStringProperty("");
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final BooleanProperty receiptsShowValues = new SimpleBooleanProperty(true);
    private final ObjectProperty<Optional<Locale>> windowLanguage = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper countryLanguages = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastChange = new ReadOnlyStringWrapper("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty attempted = new SimpleBooleanProperty(false);
    private final BooleanBinding valid;
    private Runnable onSaved = () -> { };
    private Runnable onLanguageChanged = () -> { };
    private boolean filling;

    public SettingsViewModel(GuiContext context, UiLanguage uiLanguage) {
        this.context = context;
        this.uiLanguage = uiLanguage;
        this.service = new SettingsService(context.workspace());
        for (Field field : Field.values()) {
            fields.put(field, new SimpleStringProperty(""));
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        List<Observable> watched = new ArrayList<>(fields.values());
        watched.addAll(List.of(logo, labelStock, labelPrinter, receiptsShowValues, windowLanguage));
        watched.forEach(o -> o.addListener(obs -> {
            if (!filling) {
                dirty.set(true);
                validate();
            }
        }));
        attempted.addListener(obs -> validate());
        valid = Bindings.createBooleanBinding(() -> errors.values().stream().allMatch(e -> e.get().isEmpty()),
                errors.values().toArray(Observable[]::new));
    }

    /** What to do after a successful save (close a first-start window and show the home screen). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Rebuilds the window after the volunteer chose another window language. */
    public void setOnLanguageChanged(Runnable onLanguageChanged) {
        this.onLanguageChanged = onLanguageChanged;
    }

    private record Loaded(Organisation organisation, Defaults defaults, List<LabelStock> stocks,
                          List<Country> countries, Optional<AuditEntry> lastChange) {
    }

    public void load() {
        context.tasks().execute(BackgroundTask.of(text.get("task.load"), progress -> new Loaded(
                        service.organisation(), service.defaults(), service.labelStocks(), service.countries(),
                        service.lastChange()))
                .onSuccess(this::show));
    }

    private void show(Loaded loaded) {
        filling = true;
        try {
            labelStocks.setAll(loaded.stocks());
            countryLanguages.set(String.join(" · ", loaded.countries().stream().map(c -> c.code() + ": "
                    + (c.documentLanguages().isEmpty() ? "en" : String.join(", ", c.documentLanguages().stream()
                    .map(Language::code).toList()))).toList()));
            lastChange.set(loaded.lastChange().map(e -> text.get("lastChange", e.user(), e.at())).orElse(""));
            if (dirty.get()) {
                return; // typed into before the stored values arrived: what was typed stays
            }
            Organisation o = loaded.organisation();
            set(Field.NAME, o.name());
            set(Field.ADDRESS, o.address());
            set(Field.COUNTRY, o.country());
            set(Field.REGISTRATION, o.registrationNumber());
            set(Field.EORI, o.eori());
            set(Field.CONTACT, o.contact());
            set(Field.PHONE, o.phone());
            set(Field.EMAIL, o.email());
            set(Field.SIGNATORY_NAME, o.signatoryName());
            set(Field.SIGNATORY_TITLE, o.signatoryTitle());
            set(Field.ORIGIN, o.countryOfOrigin());
            logo.set(o.logo());
            Defaults d = loaded.defaults();
            set(Field.CURRENCY, d.currency());
            set(Field.MAX_KG, d.maxPackageKg().stripTrailingZeros().toPlainString());
            set(Field.USABLE_SHARE, d.usableVolumeShare().multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
                    .toPlainString());
            labelStock.set(loaded.stocks().stream().filter(s -> s.code().equalsIgnoreCase(d.labelStock()))
                    .findFirst().orElse(null));
            labelPrinter.set(d.labelPrinter());
            if (!d.labelPrinter().isBlank() && !printers.contains(d.labelPrinter())) {
                printers.add(0, d.labelPrinter());
            }
            receiptsShowValues.set(d.receiptsShowValues());
            windowLanguage.set(uiLanguage.stored());
            dirty.set(false);
        } finally {
            filling = false;
        }
        validate();
    }

    private void set(Field field, String value) {
        fields.get(field).set(value == null ? "" : value);
    }

    private String get(Field field) {
        return fields.get(field).get();
    }

    /** Checks every field as it stands; required fields complain only once Save was tried or they were emptied. */
    private void validate() {
        boolean required = attempted.get();
        error(Field.NAME, required ? OrganisationRules.name(get(Field.NAME)) : Optional.empty());
        error(Field.ADDRESS, required ? OrganisationRules.address(get(Field.ADDRESS)) : Optional.empty());
        error(Field.COUNTRY, OrganisationRules.country("country", get(Field.COUNTRY)));
        error(Field.EORI, OrganisationRules.eori(get(Field.EORI)));
        error(Field.PHONE, OrganisationRules.phone(get(Field.PHONE)));
        error(Field.EMAIL, OrganisationRules.email(get(Field.EMAIL)));
        error(Field.ORIGIN, OrganisationRules.country("countryOfOrigin", get(Field.ORIGIN)));
        error(Field.CURRENCY, OrganisationRules.currency(get(Field.CURRENCY)));
        error(Field.MAX_KG, parse(Field.MAX_KG, LenientParsingOrNull::decimal)
                .flatMap(OrganisationRules::maxPackageKg).or(() -> missing(Field.MAX_KG, "settings.invalid.maxPackageKg")));
        error(Field.USABLE_SHARE, share().flatMap(OrganisationRules::usableShare)
                .or(() -> missing(Field.USABLE_SHARE, "settings.invalid.usableShare")));
        errors.get(Field.LABEL_STOCK).set(labelStock.get() == null && !labelStocks.isEmpty()
                ? text.get("error.labelStock") : "");
    }

    private Optional<Message> missing(Field field, String key) {
        return parse(field, LenientParsingOrNull::decimal).isEmpty() ? Optional.of(Message.of(key)) : Optional.empty();
    }

    private <T> Optional<T> parse(Field field, Function<String, T> reader) {
        return Optional.ofNullable(reader.apply(get(field)));
    }

    private Optional<BigDecimal> share() {
        return parse(Field.USABLE_SHARE, LenientParsingOrNull::decimal).map(v -> v.compareTo(BigDecimal.ONE) > 0
                ? v.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP) : v);
    }

    /** Numbers as typed, or null where the text is not one (its field then says so). */
    private static final class LenientParsingOrNull {
        static BigDecimal decimal(String text) {
            try {
                return LenientParsing.decimal(text).orElse(null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private void error(Field field, Optional<Message> problem) {
        errors.get(field).set(problem.map(text::render).orElse(""));
    }

    /** Lets the volunteer choose the logo file; it is checked at once and saved with the rest. */
    public void chooseLogo() {
        context.dialogs().chooseFileToOpen(text.get("logo.choose"), text.get("logo.filter"), "png", "jpg", "jpeg")
                .ifPresent(this::readLogo);
    }

    void readLogo(Path file) {
        context.tasks().execute(BackgroundTask.of(text.get("logo.choose"), progress -> OrganisationRules.readLogo(file))
                .onSuccess(read -> {
                    logo.set(read);
                    errors.get(Field.LOGO).set("");
                })
                .onFailure(error -> {
                    if (error instanceof UserInputException refused) {
                        errors.get(Field.LOGO).set(String.join(" ", refused.messages().stream().map(text::render)
                                .toList()));
                    } else {
                        context.dialogs().showError(text.get("logo.failed", file), error);
                    }
                }));
    }

    public void removeLogo() {
        logo.set(null);
        errors.get(Field.LOGO).set("");
    }

    /** Finds the printers of this computer (slow on some systems, so only when asked). */
    public void findPrinters() {
        context.tasks().execute(BackgroundTask.of(text.get("task.printers"), progress -> LabelPrinting.printerNames())
                .onSuccess(found -> {
                    String chosen = labelPrinter.get();
                    printers.setAll(found);
                    if (!chosen.isBlank() && !printers.contains(chosen)) {
                        printers.add(0, chosen);
                    }
                    labelPrinter.set(chosen);
                }));
    }

    public void save() {
        attempted.set(true);
        validate();
        if (!valid.get()) {
            status.set(text.get("status.fix"));
            return;
        }
        Organisation organisation = Organisation.unnamed().toBuilder().name(get(Field.NAME)).address(get(Field.ADDRESS))
                .country(get(Field.COUNTRY)).registrationNumber(get(Field.REGISTRATION)).eori(get(Field.EORI))
                .contact(get(Field.CONTACT)).phone(get(Field.PHONE)).email(get(Field.EMAIL))
                .signatoryName(get(Field.SIGNATORY_NAME)).signatoryTitle(get(Field.SIGNATORY_TITLE))
                .countryOfOrigin(get(Field.ORIGIN)).defaultCurrency(get(Field.CURRENCY)).logo(logo.get()).build();
        Defaults defaults = new Defaults(get(Field.CURRENCY), LenientParsingOrNull.decimal(get(Field.MAX_KG)),
                labelStock.get() == null ? "" : labelStock.get().code(), labelPrinter.get(), share().orElseThrow(),
                receiptsShowValues.get());
        boolean languageChanged = !windowLanguage.get().equals(uiLanguage.stored());
        context.tasks().execute(BackgroundTask.of(text.get("task.save"), progress -> {
                    service.save(organisation, defaults);
                    return service.lastChange();
                })
                .onSuccess(change -> {
                    dirty.set(false);
                    status.set(text.get("status.saved"));
                    lastChange.set(change.map(e -> text.get("lastChange", e.user(), e.at())).orElse(""));
                    context.statusChanged().run();
                    if (languageChanged) {
                        uiLanguage.choose(windowLanguage.get());
                        onLanguageChanged.run();
                    }
                    onSaved.run();
                })
                .onFailure(error -> {
                    if (error instanceof UserInputException refused) {
                        status.set(String.join(" ", refused.messages().stream().map(text::render).toList()));
                    } else {
                        context.dialogs().showError(text.get("status.failed"), error);
                    }
                }));
    }

    /** The languages the window can speak, "the system's" (empty) first. */
    public List<Optional<Locale>> windowLanguages() {
        List<Optional<Locale>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        Catalogue.languages().forEach(l -> choices.add(Optional.of(l)));
        return choices;
    }

    public String systemLanguageName() {
        return Catalogue.of(uiLanguage.system()).languageName();
    }

    public StringProperty field(Field field) {
        return fields.get(field);
    }

    public ReadOnlyStringProperty error(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ObjectProperty<Logo> logoProperty() {
        return logo;
    }

    public ObjectProperty<LabelStock> labelStockProperty() {
        return labelStock;
    }

    public ObservableList<LabelStock> labelStocks() {
        return labelStocks;
    }

    public StringProperty labelPrinterProperty() {
        return labelPrinter;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public BooleanProperty receiptsShowValuesProperty() {
        return receiptsShowValues;
    }

    public ObjectProperty<Optional<Locale>> windowLanguageProperty() {
        return windowLanguage;
    }

    public ReadOnlyStringProperty countryLanguagesProperty() {
        return countryLanguages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
