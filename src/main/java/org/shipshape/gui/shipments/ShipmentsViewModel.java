package org.shipshape.gui.shipments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.CategoryTotal;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.loading.LoadingSession;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.ArrivalState;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.ContainerNumber;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.loading.PackageCounts;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;

/**
 * The shipments screen: list, editor form with validation (edits a copy, Save commits), lifecycle steps with
 * their rules, arrival records and capacity of the selected shipment.
 */
public final class ShipmentsViewModel {
    /** One line of the list. */
    public record Row(Shipment shipment, PackageCounts counts) {
    }

    /** One package on the arrival sheet; state and remarks are edited in the table. */
    public static final class ArrivalRow {
        private final String packageNumber;
        private final ObjectProperty<ArrivalState> state;
        private final StringProperty remarks;

        ArrivalRow(String packageNumber, ArrivalState state, String remarks) {
            this.packageNumber = packageNumber;
            this.state = new SimpleObjectProperty<>(state);
            this.remarks = new SimpleStringProperty(remarks == null ? "" : remarks);
        }

        public String packageNumber() {
            return packageNumber;
        }

        public ObjectProperty<ArrivalState> stateProperty() {
            return state;
        }

        public StringProperty remarksProperty() {
            return remarks;
        }
    }

    private final GuiContext context;
    private final Messages text = Messages.of(ShipmentsView.class);
    private final ShipmentService service;
    private final LoadingService loading;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> containerTypes = FXCollections.observableArrayList();
    private final ObservableList<String> incoterms = FXCollections.observableArrayList();

    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty consignee = new SimpleStringProperty("");
    private final StringProperty consigneeAddress = new SimpleStringProperty("");
    private final StringProperty notifyParty = new SimpleStringProperty("");
    private final StringProperty portOfLoading = new SimpleStringProperty("");
    private final StringProperty portOfDischarge = new SimpleStringProperty("");
    private final StringProperty finalDestination = new SimpleStringProperty("");
    private final StringProperty vessel = new SimpleStringProperty("");
    private final StringProperty voyage = new SimpleStringProperty("");
    private final StringProperty billOfLading = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> etd = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> eta = new SimpleObjectProperty<>();
    private final StringProperty incoterm = new SimpleStringProperty("");
    private final StringProperty incotermPlace = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("");
    private final StringProperty containerType = new SimpleStringProperty("");
    private final StringProperty containerNumber = new SimpleStringProperty("");
    private final StringProperty sealNumber = new SimpleStringProperty("");

    private final StringProperty containerNumberProblem = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<ShipmentStatus> status = new SimpleObjectProperty<>(ShipmentStatus.PLANNING);
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty advanceText = new SimpleStringProperty("");
    private final StringProperty advanceBlocked = new SimpleStringProperty("");
    private final StringProperty reopenText = new SimpleStringProperty("");
    private final StringProperty reopenBlocked = new SimpleStringProperty("");

    private final ObservableList<ArrivalRow> arrivals = FXCollections.observableArrayList();
    private final StringProperty partnerRemarks = new SimpleStringProperty("");
    private final BooleanProperty arrivalEditable = new SimpleBooleanProperty();
    private final ObjectProperty<Capacity> capacity = new SimpleObjectProperty<>();
    private final ObservableList<CategoryTotal> byCategory = FXCollections.observableArrayList();

    private final BooleanProperty loadingList = new SimpleBooleanProperty(true);
    private long editingId;
    private boolean filling;
    /** The selected shipment as stored, and why it cannot move on now (read with it, in the background). */
    private Shipment stored;
    /** Which change of the shown shipment the form started from; a save names it (docs/decisions/0012). */
    private long storedVersion;
    private String whyNotNext = "";
    private long shown;
    private long validations;
    /** Problems found by the last check of the form against the stored data (read in the background). */
    private List<String> storedProblems = List.of();

    public ShipmentsViewModel(GuiContext context) {
        this.context = context;
        this.service = new ShipmentService(context.workspace());
        this.loading = new LoadingService(context.workspace());
        incoterms.add("");
        incoterms.addAll(ShipmentService.INCOTERMS);
        Observable[] fields = {reference, country, consignee, consigneeAddress, notifyParty, portOfLoading,
            portOfDischarge, finalDestination, vessel, voyage, billOfLading, etd, eta, incoterm, incotermPlace,
            currency, languages, containerType, containerNumber, sealNumber};
        for (Observable field : fields) {
            field.addListener(o -> onEdited());
        }
        country.addListener((obs, old, now) -> suggestLanguages(old, now));
        selected.addListener((obs, old, row) -> {
            if (row != null && (old == null || old.shipment().id() != row.shipment().id()
                    || row.shipment().id() != editingId)) {
                show(row.shipment());
            }
        });
    }

    /** What the list shows, read together in the background. */
    private record Listed(List<String> containerTypes, Map<Long, PackageCounts> counts, List<Shipment> shipments,
                          String defaultCurrency) {
    }

    /** Reloads the list and the choices in the background; keeps the selection and shows it again. */
    public void refresh() {
        loadingList.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.list"), progress -> new Listed(
                service.containerTypes().stream().map(ContainerType::code).toList(), service.packageCounts(),
                service.shipments(), service.defaultCurrency())).onSuccess(listed -> {
                    loadingList.set(false);
                    defaultCurrency = listed.defaultCurrency();
                    List<String> types = new ArrayList<>(listed.containerTypes());
                    types.add(0, "");
                    if (!containerTypes.equals(types)) {
                        containerTypes.setAll(types);
                    }
                    long keep = editingId;
                    rows.setAll(listed.shipments().stream().map(sh -> new Row(sh, listed.counts().getOrDefault(sh.id(),
                            PackageCounts.NONE))).toList());
                    Optional<Row> again = rows.stream().filter(r -> r.shipment().id() == keep).findFirst();
                    if (again.isPresent()) {
                        selected.set(again.get());
                        show(again.get().shipment());
                    } else if (!rows.isEmpty()) {
                        selected.set(rows.get(0));
                    } else {
                        newShipment();
                    }
                }).onFailure(this::failedToRead));
    }

    private String defaultCurrency = "EUR";

    /** Empties the form for a new shipment in planning. */
    public void newShipment() {
        shown++;
        selected.set(null);
        editingId = 0;
        stored = null;
        whyNotNext = "";
        fill(Shipment.planned("", "", "", defaultCurrency, "20GP"));
        arrivals.clear();
        partnerRemarks.set("");
        capacity.set(null);
        byCategory.clear();
        dirty.set(false);
        validate();
    }

    /** The selected shipment with what the form shows beside it, read together in the background. */
    private record Detail(Shipment shipment, long version, Capacity capacity, List<CategoryTotal> byCategory,
                          List<ShipmentService.ArrivalLine> arrivals, String partnerRemarks, String whyNotNext) {
    }

    private void show(Shipment s) {
        long mine = ++shown;
        editingId = s.id();
        context.tasks().execute(BackgroundTask.of(text.get("task.shipment"), progress -> {
            long version = service.version(s.id()).number();
            Shipment current = service.get(s.id());
            LoadingSession session = new LoadingSession(loading, s.id());
            String why = current.status().next().flatMap(next -> service.whyNot(current, next)).map(text::render)
                    .orElse("");
            return new Detail(current, version, session.capacity(), session.overview().byCategory(),
                    service.arrivalSheet(s.id()), service.partnerRemarks(s.id()), why);
        }).onSuccess(detail -> {
            if (mine != shown) {
                return;
            }
            stored = detail.shipment();
            storedVersion = detail.version();
            whyNotNext = detail.whyNotNext();
            fill(detail.shipment());
            dirty.set(false);
            capacity.set(detail.capacity());
            byCategory.setAll(detail.byCategory());
            arrivals.setAll(detail.arrivals().stream()
                    .map(l -> new ArrivalRow(l.packageNumber(), l.state(), l.remarks())).toList());
            partnerRemarks.set(detail.partnerRemarks());
            validate();
        }).onFailure(this::failedToRead));
    }

    private void fill(Shipment s) {
        filling = true;
        try {
            reference.set(s.reference());
            country.set(s.countryCode());
            consignee.set(s.consignee());
            consigneeAddress.set(text(s.consigneeAddress()));
            notifyParty.set(text(s.notifyParty()));
            portOfLoading.set(text(s.portOfLoading()));
            portOfDischarge.set(text(s.portOfDischarge()));
            finalDestination.set(text(s.finalDestination()));
            vessel.set(text(s.vessel()));
            voyage.set(text(s.voyage()));
            billOfLading.set(text(s.billOfLading()));
            etd.set(s.etd());
            eta.set(s.eta());
            incoterm.set(text(s.incoterm()));
            incotermPlace.set(text(s.incotermPlace()));
            currency.set(s.currency());
            languages.set(s.documentLanguages().stream().map(Language::code).collect(Collectors.joining(";")));
            containerType.set(text(s.containerTypeCode()));
            containerNumber.set(text(s.containerNumber()));
            sealNumber.set(text(s.sealNumber()));
            status.set(s.status());
        } finally {
            filling = false;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void suggestLanguages(String oldCountry, String newCountry) {
        if (filling) {
            return;
        }
        String typed = languages.get();
        context.tasks().execute(BackgroundTask.of(text.get("task.check"), progress -> new String[] {
            codes(service.defaultLanguages(oldCountry)), codes(service.defaultLanguages(newCountry))})
                .onSuccess(defaults -> {
                    if (languages.get().equals(typed) && (typed.isBlank() || typed.equals(defaults[0]))) {
                        languages.set(defaults[1]);
                    }
                }).onFailure(this::failedToRead));
    }

    private static String codes(List<Language> list) {
        return list.stream().map(Language::code).collect(Collectors.joining(";"));
    }

    private void onEdited() {
        if (filling) {
            return;
        }
        dirty.set(true);
        validate();
    }

    /**
     * Checks the form: what needs no stored data at once, the rest (a reference used twice, a container type that
     * does not exist) in the background; Save waits for that answer.
     */
    private void validate() {
        containerNumberProblem.set(containerNumber.get().isBlank() ? ""
                : ContainerNumber.problem(containerNumber.get()).map(text::render).orElse(""));
        long mine = ++validations;
        Shipment candidate;
        try {
            candidate = ShipmentService.tidy(candidate());
        } catch (UserInputException e) {
            showProblems(rendered(e));
            return;
        }
        valid.set(false);
        updateLifecycle();
        context.tasks().execute(BackgroundTask.of(text.get("task.check"), progress -> service.problems(candidate))
                .onSuccess(found -> {
                    if (mine == validations) {
                        showProblems(found.stream().map(text::render).toList());
                    }
                }).onFailure(this::failedToRead));
    }

    private void showProblems(List<String> found) {
        storedProblems = found;
        problems.set(String.join("\n", found));
        valid.set(found.isEmpty());
        updateLifecycle();
    }

    private List<String> rendered(UserInputException e) {
        return e.messages().stream().map(text::render).toList();
    }

    /** The form as a shipment; throws {@link UserInputException} when the languages cannot be read. */
    private Shipment candidate() {
        return new Shipment(editingId, reference.get(), country.get(), consignee.get(), consigneeAddress.get(),
                notifyParty.get(), portOfLoading.get(), portOfDischarge.get(), finalDestination.get(), vessel.get(),
                voyage.get(), billOfLading.get(), etd.get(), eta.get(), incoterm.get(), incotermPlace.get(),
                currency.get(), ShipmentService.parseLanguages(languages.get()), containerType.get(),
                containerNumber.get(), sealNumber.get(), status.get());
    }

    /** Creates or saves the shipment in the background; problems stay in the form when it is refused. */
    public void save() {
        Shipment edited;
        try {
            edited = candidate();
        } catch (UserInputException e) {
            showProblems(rendered(e));
            return;
        }
        boolean creating = editingId == 0;
        long seen = storedVersion;
        context.tasks().execute(BackgroundTask.of(text.get("task.save"), progress -> creating ? service.create(edited)
                : service.update(edited, seen)).onSuccess(saved -> {
                    editingId = saved.id();
                    dirty.set(false);
                    refresh();
                    context.statusChanged().run();
                }).onFailure(error -> {
                    if (EditConflicts.offerReload(context.dialogs(), error, this::refresh)) {
                        return;
                    }
                    if (error instanceof UserInputException rejected) {
                        showProblems(rendered(rejected));
                        valid.set(false);
                    } else {
                        context.dialogs().showError(text.get("error.save"), error);
                    }
                }));
    }

    /** Drops unsaved edits. */
    public void revert() {
        if (editingId == 0) {
            newShipment();
        } else if (stored != null) {
            show(stored);
        }
    }

    private void updateLifecycle() {
        ShipmentStatus current = status.get();
        statusText.set(text.get("status.current", text.get("status." + current.code())));
        ShipmentStatus next = current.next().orElse(null);
        ShipmentStatus previous = current.previous().orElse(null);
        advanceText.set(next == null ? text.get("advance.none") : text.get("advance", text.get("status." + next.code())));
        reopenText.set(previous == null ? text.get("reopen.none")
                : text.get("reopen", text.get("status." + previous.code())));
        if (editingId == 0) {
            advanceBlocked.set(text.get("lifecycle.saveFirst"));
            reopenBlocked.set(text.get("lifecycle.saveFirst"));
            return;
        }
        if (dirty.get()) {
            advanceBlocked.set(text.get("lifecycle.unsaved"));
            reopenBlocked.set(text.get("lifecycle.unsaved"));
            return;
        }
        advanceBlocked.set(next == null ? text.get("advance.closed") : whyNotNext);
        reopenBlocked.set(previous == null ? text.get("reopen.planning") : "");
        arrivalEditable.set(current == ShipmentStatus.ARRIVED);
    }

    /** Moves the saved shipment one step on. */
    public void advance() {
        status.get().next().ifPresent(next -> move(next, null));
    }

    /** Moves one step back; from sealed on this asks for a reason that goes to the change log. */
    public void reopen() {
        if (stored == null) {
            return;
        }
        ShipmentStatus previous = stored.status().previous().orElse(null);
        if (previous == null) {
            return;
        }
        String reason = null;
        if (ShipmentService.isReopening(stored, previous)) {
            Optional<String> asked = context.dialogs().askText(text.get("reopen.title", stored.reference()),
                    text.get("reopen.prompt"), "");
            if (asked.isEmpty() || asked.get().isBlank()) {
                return;
            }
            reason = asked.get();
        }
        move(previous, reason);
    }

    private void move(ShipmentStatus target, String reason) {
        long id = editingId;
        context.tasks().execute(BackgroundTask.of(text.get("task.save"), progress -> service.moveTo(id, target, reason))
                .onSuccess(moved -> {
                    refresh();
                    context.statusChanged().run();
                }).onFailure(this::refused));
    }

    /** Saves what the partner reported, in one transaction. */
    public void saveArrival() {
        long id = editingId;
        List<ShipmentService.ArrivalLine> lines = arrivals.stream().map(r -> new ShipmentService.ArrivalLine(
                r.packageNumber(), r.stateProperty().get(), r.remarksProperty().get())).toList();
        String remarks = partnerRemarks.get();
        context.tasks().execute(BackgroundTask.<Void>of(text.get("task.save"), progress -> {
            service.recordArrival(id, lines, remarks);
            return null;
        }).onSuccess(done -> refresh()).onFailure(this::refused));
    }

    private void refused(Throwable error) {
        if (error instanceof UserInputException rejected) {
            context.dialogs().showError(String.join(" ", rendered(rejected)), null);
        } else {
            context.dialogs().showError(text.get("error.save"), error);
        }
        refresh();
    }

    private void failedToRead(Throwable error) {
        loadingList.set(false);
        context.dialogs().showError(text.get("error.read"), error);
    }

    /** True while the list of shipments is being read. */
    public BooleanProperty loadingListProperty() {
        return loadingList;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObservableList<String> containerTypes() {
        return containerTypes;
    }

    public ObservableList<String> incoterms() {
        return incoterms;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty consigneeProperty() {
        return consignee;
    }

    public StringProperty consigneeAddressProperty() {
        return consigneeAddress;
    }

    public StringProperty notifyPartyProperty() {
        return notifyParty;
    }

    public StringProperty portOfLoadingProperty() {
        return portOfLoading;
    }

    public StringProperty portOfDischargeProperty() {
        return portOfDischarge;
    }

    public StringProperty finalDestinationProperty() {
        return finalDestination;
    }

    public StringProperty vesselProperty() {
        return vessel;
    }

    public StringProperty voyageProperty() {
        return voyage;
    }

    public StringProperty billOfLadingProperty() {
        return billOfLading;
    }

    public ObjectProperty<LocalDate> etdProperty() {
        return etd;
    }

    public ObjectProperty<LocalDate> etaProperty() {
        return eta;
    }

    public StringProperty incotermProperty() {
        return incoterm;
    }

    public StringProperty incotermPlaceProperty() {
        return incotermPlace;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty containerTypeProperty() {
        return containerType;
    }

    public StringProperty containerNumberProperty() {
        return containerNumber;
    }

    public StringProperty sealNumberProperty() {
        return sealNumber;
    }

    public StringProperty containerNumberProblemProperty() {
        return containerNumberProblem;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<ShipmentStatus> statusProperty() {
        return status;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public StringProperty advanceTextProperty() {
        return advanceText;
    }

    /** Why the next step is not possible now; empty when it is. */
    public StringProperty advanceBlockedProperty() {
        return advanceBlocked;
    }

    public StringProperty reopenTextProperty() {
        return reopenText;
    }

    public StringProperty reopenBlockedProperty() {
        return reopenBlocked;
    }

    public ObservableList<ArrivalRow> arrivals() {
        return arrivals;
    }

    public StringProperty partnerRemarksProperty() {
        return partnerRemarks;
    }

    public BooleanProperty arrivalEditableProperty() {
        return arrivalEditable;
    }

    public ObjectProperty<Capacity> capacityProperty() {
        return capacity;
    }

    public ObservableList<CategoryTotal> byCategory() {
        return byCategory;
    }
}
