package org.shipshape.gui.donors;

import java.time.LocalDate;
import java.util.List;
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
import org.shipshape.logic.donors.InKindReceipts;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.donors.DonorService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorGift;
import org.shipshape.model.donors.DonorKind;

/**
 * Donors: search, the chosen donor's details (editable) and gifts with where each went, merging a duplicate
 * record into the chosen one, and the in-kind receipt when a {@link #receiptAction} is plugged in.
 */
public final class DonorsViewModel {
    private final GuiContext context;
    private final DonorService service;
    private final Messages text = Messages.of(DonorsView.class);

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Donor> donors = FXCollections.observableArrayList();
    private final ObjectProperty<Donor> selected = new SimpleObjectProperty<>();
    private final ObservableList<DonorGift> gifts = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<DonorKind> kind = new SimpleObjectProperty<>(DonorKind.INDIVIDUAL);
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Donor> mergeDuplicate = new SimpleObjectProperty<>();
    private final org.shipshape.gui.common.Feedback feedback = new org.shipshape.gui.common.Feedback();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> receiptFrom = new SimpleObjectProperty<>(
            LocalDate.now().withDayOfYear(1));
    private final ObjectProperty<LocalDate> receiptTo = new SimpleObjectProperty<>(LocalDate.now());
    private final BooleanProperty receiptShowsValues = new SimpleBooleanProperty(true);
    /** Which change of the selected donor the form started from; a save names it (docs/decisions/0012). */
    private long seenVersion;

    public DonorsViewModel(GuiContext context) {
        this.context = context;
        this.service = new DonorService(context.workspace());
        context.tasks().execute(BackgroundTask.of(text.get("task.search"), progress ->
                InKindReceipts.showValuesByDefault(context.workspace())).onSuccess(receiptShowsValues::set));
        search.addListener(obs -> refresh());
        selected.addListener((obs, old, donor) -> show(donor));
    }

    public void refresh() {
        String wanted = search.get();
        loading.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.search"), progress -> service.search(wanted))
                .onSuccess(found -> {
                    if (!wanted.equals(search.get())) {
                        return;
                    }
                    loading.set(false);
                    Donor chosen = selected.get();
                    donors.setAll(found);
                    selected.set(chosen == null ? null : found.stream().filter(d -> d.id() == chosen.id())
                            .findFirst().orElse(null));
                }));
    }

    private void show(Donor donor) {
        name.set(donor == null ? "" : donor.name());
        kind.set(donor == null ? DonorKind.INDIVIDUAL : donor.kind());
        email.set(donor == null || donor.email() == null ? "" : donor.email());
        phone.set(donor == null || donor.phone() == null ? "" : donor.phone());
        address.set(donor == null || donor.address() == null ? "" : donor.address());
        notes.set(donor == null || donor.notes() == null ? "" : donor.notes());
        gifts.clear();
        if (donor != null) {
            context.tasks().execute(BackgroundTask.of(text.get("task.gifts"), progress -> new Shown(
                    service.version(donor.id()).number(), service.gifts(donor.id())))
                    .onSuccess(found -> {
                        if (selected.get() != null && selected.get().id() == donor.id()) {
                            seenVersion = found.version();
                            gifts.setAll(found.gifts());
                        }
                    }));
        }
    }

    /** What is read beside a donor the form shows: which change of it that is, and its gifts. */
    private record Shown(long version, List<DonorGift> gifts) {
    }

    /** After a save: the donor as stored and its version now. */
    private record Saved(Donor donor, long version) {
    }

    /** Starts a new donor record (Save stores it). */
    public void newDonor() {
        selected.set(null);
        show(null);
    }

    public void save() {
        Donor current = selected.get();
        Donor edited = new Donor(current == null ? 0 : current.id(), name.get().trim(), kind.get(), blankToNull(email),
                blankToNull(phone), blankToNull(address), blankToNull(notes));
        long seen = seenVersion;
        context.tasks().execute(BackgroundTask.of(text.get("task.save"), progress -> {
            Donor stored = service.save(edited, seen);
            return new Saved(stored, service.version(stored.id()).number());
        }).onSuccess(done -> {
                    Donor saved = done.donor();
                    seenVersion = done.version();
                    success(text.get("message.saved", saved.name()));
                    if (current == null) {
                        donors.add(saved);
                    } else {
                        donors.replaceAll(d -> d.id() == saved.id() ? saved : d);
                    }
                    selected.set(saved);
                    context.statusChanged().run();
                }).onFailure(error -> {
                    if (!EditConflicts.offerReload(context.dialogs(), error, this::reloadSelected)) {
                        failed(error);
                    }
                }));
    }

    /** Reads the selected donor again after another station changed it. */
    private void reloadSelected() {
        Donor chosen = selected.get();
        selected.set(null);
        refresh();
        if (chosen != null) {
            context.tasks().execute(BackgroundTask.of(text.get("task.search"), progress -> chosen.id())
                    .onSuccess(id -> donors.stream().filter(d -> d.id() == id).findFirst()
                            .ifPresent(selected::set)));
        }
    }

    /** Merges the chosen duplicate into the selected donor, after the volunteer confirms. */
    public void merge() {
        Donor kept = selected.get();
        Donor duplicate = mergeDuplicate.get();
        if (kept == null || duplicate == null) {
            return;
        }
        if (!context.dialogs().confirm(text.get("merge.title"), text.get("merge.text", duplicate.name(), kept.name()),
                text.get("merge.action", duplicate.name(), kept.name()), text.get("merge.keep"))) {
            return;
        }
        context.tasks().execute(BackgroundTask.of(text.get("task.merge"), progress ->
                service.merge(duplicate.id(), kept.id())).onSuccess(moved -> {
                    success(text.get("message.merged", duplicate.name(), kept.name(), moved));
                    donors.removeIf(d -> d.id() == duplicate.id());
                    mergeDuplicate.set(null);
                    show(kept);
                    context.statusChanged().run();
                }).onFailure(this::failed));
    }

    /** Writes the in-kind receipt PDF of the selected donor for the chosen period, then opens it. */
    public void writeReceipt() {
        Donor donor = selected.get();
        if (donor == null) {
            return;
        }
        Workspace workspace = context.workspace();
        LocalDate from = receiptFrom.get();
        LocalDate to = receiptTo.get();
        boolean values = receiptShowsValues.get();
        context.dialogs().chooseFileToSave(text.get("receipt.title"), text.get("receipt.fileName", donor.name()),
                "PDF", "pdf").ifPresent(target -> context.tasks().execute(BackgroundTask.of(text.get("task.receipt"),
                        progress -> {
                            InKindReceipts.write(workspace, donor.id(), from, to, values, target);
                            return target;
                        }).onSuccess(written -> {
                            success(text.get("message.receipt", written.getFileName().toString()));
                            context.dialogs().openInSystemViewer(written);
                        }).onFailure(error -> context.dialogs().showError(text.get("error.receipt", target), error))));
    }

    private void failed(Throwable error) {
        if (error instanceof UserInputException rejected) {
            problem(text.render(rejected.messages(), " "));
        } else {
            context.dialogs().showError(text.get("error.save"), error);
        }
    }

    private void problem(String sentence) {
        feedback.problem(sentence);
    }

    private void success(String sentence) {
        feedback.success(sentence);
    }

    public org.shipshape.gui.common.Feedback feedback() {
        return feedback;
    }

    /** True while the donors are being read. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    private static String blankToNull(StringProperty property) {
        return property.get() == null || property.get().isBlank() ? null : property.get().trim();
    }

    public List<Donor> mergeCandidates() {
        Donor kept = selected.get();
        return donors.stream().filter(d -> kept == null || d.id() != kept.id()).toList();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Donor> donors() {
        return donors;
    }

    public ObjectProperty<Donor> selectedProperty() {
        return selected;
    }

    public ObservableList<DonorGift> gifts() {
        return gifts;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<DonorKind> kindProperty() {
        return kind;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Donor> mergeDuplicateProperty() {
        return mergeDuplicate;
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    public ObjectProperty<LocalDate> receiptFromProperty() {
        return receiptFrom;
    }

    public ObjectProperty<LocalDate> receiptToProperty() {
        return receiptTo;
    }

    public BooleanProperty receiptShowsValuesProperty() {
        return receiptShowsValues;
    }
}
