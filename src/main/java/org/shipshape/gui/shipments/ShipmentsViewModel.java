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
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
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

    private long editingId;
    private boolean filling;

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
            if (row != null) {
                show(row.shipment());
            }
        });
    }

    /** Reloads the list and the choices; keeps the selection. */
    public void refresh() {
        containerTypes.setAll(service.containerTypes().stream().map(ContainerType::code).toList());
        containerTypes.add(0, "");
        Map<Long, PackageCounts> counts = service.packageCounts();
        long keep = editingId;
        rows.setAll(service.shipments().stream().map(s -> new Row(s, counts.getOrDefault(s.id(), PackageCounts.NONE)))
                .toList());
        Optional<Row> again = rows.stream().filter(r -> r.shipment().id() == keep).findFirst();
        if (again.isPresent() && again.get().equals(selected.get())) {
            show(again.get().shipment());
        } else if (again.isPresent()) {
            selected.set(again.get());
        } else if (!rows.isEmpty()) {
            selected.set(rows.get(0));
        } else {
            newShipment();
        }
    }

    /** Empties the form for a new shipment in planning. */
    public void newShipment() {
        selected.set(null);
        editingId = 0;
        fill(Shipment.planned("", "", "", service.defaultCurrency(), "20GP"));
        arrivals.clear();
        partnerRemarks.set("");
        capacity.set(null);
        byCategory.clear();
        dirty.set(false);
        validate();
    }

    private void show(Shipment s) {
        editingId = s.id();
        Shipment current = service.get(s.id());
        fill(current);
        dirty.set(false);
        validate();
        LoadingSession session = new LoadingSession(loading, s.id());
        capacity.set(session.capacity());
        byCategory.setAll(session.overview().byCategory());
        arrivals.setAll(service.arrivalSheet(s.id()).stream()
                .map(l -> new ArrivalRow(l.packageNumber(), l.state(), l.remarks())).toList());
        partnerRemarks.set(service.partnerRemarks(s.id()));
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
        String previousDefault = codes(service.defaultLanguages(oldCountry));
        if (languages.get().isBlank() || languages.get().equals(previousDefault)) {
            languages.set(codes(service.defaultLanguages(newCountry)));
        }
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

    private void validate() {
        containerNumberProblem.set(containerNumber.get().isBlank() ? ""
                : ContainerNumber.problem(containerNumber.get()).map(text::render).orElse(""));
        List<Message> found = new ArrayList<>();
        try {
            found.addAll(service.problems(ShipmentService.tidy(candidate())));
        } catch (UserInputException e) {
            found.addAll(e.messages());
        }
        problems.set(text.render(found, "\n"));
        valid.set(found.isEmpty());
        updateLifecycle();
    }

    /** The form as a shipment; throws {@link UserInputException} when the languages cannot be read. */
    private Shipment candidate() {
        return new Shipment(editingId, reference.get(), country.get(), consignee.get(), consigneeAddress.get(),
                notifyParty.get(), portOfLoading.get(), portOfDischarge.get(), finalDestination.get(), vessel.get(),
                voyage.get(), billOfLading.get(), etd.get(), eta.get(), incoterm.get(), incotermPlace.get(),
                currency.get(), ShipmentService.parseLanguages(languages.get()), containerType.get(),
                containerNumber.get(), sealNumber.get(), status.get());
    }

    /** Creates or saves the shipment; problems stay in the form when it is refused. */
    public boolean save() {
        try {
            Shipment saved = editingId == 0 ? service.create(candidate()) : service.update(candidate());
            editingId = saved.id();
            dirty.set(false);
            refresh();
            context.statusChanged().run();
            return true;
        } catch (UserInputException e) {
            problems.set(text.render(e.messages(), "\n"));
            valid.set(false);
            return false;
        }
    }

    /** Drops unsaved edits. */
    public void revert() {
        if (editingId == 0) {
            newShipment();
        } else {
            show(service.get(editingId));
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
        Shipment stored = service.get(editingId);
        advanceBlocked.set(next == null ? text.get("advance.closed")
                : service.whyNot(stored, next).map(text::render).orElse(""));
        reopenBlocked.set(previous == null ? text.get("reopen.planning") : "");
        arrivalEditable.set(current == ShipmentStatus.ARRIVED);
    }

    /** Moves the saved shipment one step on. */
    public void advance() {
        status.get().next().ifPresent(next -> move(next, null));
    }

    /** Moves one step back; from sealed on this asks for a reason that goes to the change log. */
    public void reopen() {
        Shipment stored = service.get(editingId);
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
        try {
            service.moveTo(editingId, target, reason);
        } catch (UserInputException e) {
            context.dialogs().showError(text.render(e.messages(), " "), null);
        }
        refresh();
    }

    /** Saves what the partner reported, in one transaction. */
    public void saveArrival() {
        List<ShipmentService.ArrivalLine> lines = arrivals.stream().map(r -> new ShipmentService.ArrivalLine(
                r.packageNumber(), r.stateProperty().get(), r.remarksProperty().get())).toList();
        try {
            service.recordArrival(editingId, lines, partnerRemarks.get());
        } catch (UserInputException e) {
            context.dialogs().showError(text.render(e.messages(), " "), null);
        }
        refresh();
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
