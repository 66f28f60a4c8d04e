package org.shipshape.gui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.common.ReferenceData;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Versioned;

/**
 * What every reference data editor does (box sizes, label stocks, container types, countries, rules, phrases):
 * a searchable list that hides retired entries unless asked, a form for the chosen or a new entry checked as it is
 * typed, and add, change, delete, retire, each undoable (Ctrl+Z) in the reverse order. A delete that would break a
 * reference is refused by logic with the reason, which shows under the form.
 *
 * <p>What the entries are and how they are checked and stored comes from logic ({@link ReferenceData}); a concrete
 * editor says only how to show, type and describe them. Every change and delete names the version of the entry this
 * editor read: when another station changed it in between, nothing is written, the editor says who and when and
 * offers to reload (docs/decisions/0015). All work on the database goes through the background seam.
 *
 * @param <T> the entry, a record of the model
 */
public abstract class ReferenceEditorViewModel<T> {
    /** A form read back as an entry, or why it cannot be (a number that is not one), already in words. */
    public record Typed<T>(T entry, List<String> problems) {
        public static <T> Typed<T> of(T entry) {
            return new Typed<>(entry, List.of());
        }

        public static <T> Typed<T> refused(List<String> problems) {
            return new Typed<>(null, problems);
        }
    }

    /** One step the Undo button takes back: its label and the work that takes it back. */
    private record UndoStep(String label, Runnable work) {
    }

    protected final GuiContext context;
    private final ReferenceData<T> data;
    /** The version of each entry as last read, by key: what a change or delete of it names. */
    private Map<String, RecordVersion> versions = Map.of();
    private final Messages common = Messages.of(ReferenceEditor.class);
    private final ObservableList<T> entries = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showRetired = new SimpleBooleanProperty(false);
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Deque<UndoStep> undoSteps = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave;
    /** Whether the form can be saved as typed, even while its problems are not shown yet. */
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private boolean filling;
    /** A new entry's empty form shows no problems until something is typed or Save is tried. */
    private boolean pristine;

    /**
     * @param data what the entries are and how they are stored; its changes name the version this editor showed, so
     *             another station's change in between is refused and offered for reloading (docs/decisions/0015)
     */
    protected ReferenceEditorViewModel(GuiContext context, ReferenceData<T> data) {
        this.context = context;
        this.data = data;
        search.addListener(obs -> refilter());
        showRetired.addListener(obs -> refilter());
        selected.addListener((obs, old, now) -> {
            creating.set(now == null);
            fillForm(now);
        });
        canSave = Bindings.createBooleanBinding(() -> valid.get() && !busy.get(), valid, busy);
    }

    // ---------------------------------------------------------------- what a concrete editor says

    /** Every entry with its version, retired ones included; runs in the background. */
    protected List<Versioned<T>> fetch() {
        return data.entries();
    }

    /** Text searched in: code, name and whatever else the list shows. */
    protected abstract String searchText(T entry);

    /** Puts the entry into the form; null empties it for a new entry. */
    protected abstract void fill(T entry);

    /** The form read back as an entry. */
    protected abstract Typed<T> typed();

    /** "box size M", in the window's language, for the status line and the Undo button. */
    protected abstract String describe(T entry);

    /** Whether the entry is retired, for the list's grey rows. */
    public final boolean isRetiredEntry(T entry) {
        return data.isRetired(entry);
    }

    /** Whether entries of this editor can be retired (a button and a "show retired" box). */
    public final boolean retires() {
        return data.retires();
    }

    /** Checks the form whenever one of these changes. */
    protected final void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(obs -> {
                if (!filling) {
                    pristine = false;
                    validate();
                }
            });
        }
    }

    /** Texts of problems for the form, in the window's language. */
    protected final String render(Message message) {
        return common.render(message);
    }

    // ---------------------------------------------------------------- commands

    public void load() {
        context.tasks().execute(BackgroundTask.of(common.get("task.load"), progress -> fetch())
                .onSuccess(this::replaceAll));
    }

    private void replaceAll(List<Versioned<T>> read) {
        String chosen = selected.get() == null ? null : keyOf(selected.get());
        List<T> fresh = remember(read);
        selected.set(chosen == null ? null : fresh.stream().filter(e -> keyOf(e).equals(chosen)).findFirst()
                .orElse(null));
        if (selected.get() == null) {
            fillForm(null);
        }
    }

    /** Empties the form for a new entry. */
    public void newEntry() {
        selected.set(null);
        fillForm(null);
        status.set("");
    }

    public void save() {
        pristine = false;
        validate();
        Typed<T> form = typed();
        if (!problems.isEmpty() || form.entry() == null) {
            return;
        }
        boolean isNew = creating.get();
        T before = selected.get();
        long seen = isNew ? 0 : versionOf(before);
        run(common.get("task.save"), () -> data.save(form.entry(), isNew, seen), stored -> {
            T saved = stored.value();
            reloadSelecting(keyOf(saved));
            status.set(common.get("status.saved", describe(saved)));
            if (isNew) {
                pushUndo(common.get("undo.add", describe(saved)), () -> data.delete(saved, stored.number()));
            } else {
                pushUndo(common.get("undo.change", describe(saved)), () -> data.save(before, false,
                        stored.number()));
            }
        });
    }

    public void delete() {
        T entry = selected.get();
        if (entry == null) {
            return;
        }
        long seen = versionOf(entry);
        run(common.get("task.delete"), () -> data.delete(entry, seen), removed -> {
            selected.set(null);
            reloadSelecting(null);
            status.set(common.get("status.deleted", describe(removed)));
            pushUndo(common.get("undo.delete", describe(removed)), () -> data.restore(removed));
        });
    }

    /** Retires the chosen entry, or brings it back when it is retired. */
    public void toggleRetired() {
        T entry = selected.get();
        if (entry == null || !retires()) {
            return;
        }
        boolean retiring = !data.isRetired(entry);
        long seen = versionOf(entry);
        run(common.get("task.save"), () -> data.retire(entry, retiring, seen), stored -> {
            T changed = stored.value();
            reloadSelecting(keyOf(changed));
            status.set(common.get(retiring ? "status.retired" : "status.reinstated", describe(changed)));
            pushUndo(common.get(retiring ? "undo.retire" : "undo.reinstate", describe(changed)),
                    () -> data.retire(changed, !retiring, stored.number()));
        });
    }

    /** Takes back the last change made in this editor. */
    public void undo() {
        UndoStep step = undoSteps.peek();
        if (step == null) {
            return;
        }
        run(common.get("task.undo"), () -> {
            step.work().run();
            return step;
        }, done -> {
            dropUndo(done);
            reloadSelecting(selected.get() == null ? null : keyOf(selected.get()));
            status.set(common.get("status.undone", done.label()));
        }, () -> dropUndo(step)); // another station changed the entry since: this step can no longer be taken back
    }

    private void dropUndo(UndoStep step) {
        undoSteps.remove(step);
        updateUndoLabel();
    }

    private <R> void run(String title, Supplier<R> work, Consumer<R> then) {
        run(title, work, then, () -> { });
    }

    /**
     * Runs a change in the background. Another station's change in between is shown with who and when and an offer
     * to reload (the form keeps what was typed until then); any other refusal shows under the form.
     */
    private <R> void run(String title, Supplier<R> work, Consumer<R> then, Runnable onConflict) {
        busy.set(true);
        context.tasks().execute(BackgroundTask.of(title, progress -> work.get())
                .onSuccess(result -> {
                    busy.set(false);
                    then.accept(result);
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof EditConflictException conflict) {
                        onConflict.run();
                        status.set(common.render(conflict.messages(), " "));
                        EditConflicts.offerReload(context.dialogs(), conflict, () -> reloadSelecting(
                                selected.get() == null ? null : keyOf(selected.get())));
                    } else if (error instanceof UserInputException refused) {
                        status.set(String.join(" ", refused.messages().stream().map(common::render).toList()));
                    } else {
                        status.set("");
                        context.dialogs().showError(common.get("error.failed"), error);
                    }
                }));
    }

    private void reloadSelecting(String key) {
        context.tasks().execute(BackgroundTask.of(common.get("task.load"), progress -> fetch()).onSuccess(read -> {
            List<T> fresh = remember(read);
            T found = key == null ? null : fresh.stream().filter(e -> keyOf(e).equals(key)).findFirst().orElse(null);
            if (found != null && data.isRetired(found) && !showRetired.get()) {
                showRetired.set(true); // the entry just retired stays in sight, so its Undo makes sense
            }
            if (Objects.equals(selected.get(), found)) {
                fillForm(found);
            }
            selected.set(found);
            if (found == null) {
                fillForm(null);
            }
            context.statusChanged().run();
        }));
    }

    /** Shows the entries read and keeps their versions beside them; returns the entries. */
    private List<T> remember(List<Versioned<T>> read) {
        Map<String, RecordVersion> byKey = new HashMap<>();
        read.forEach(v -> byKey.put(keyOf(v.value()), v.version()));
        versions = byKey;
        List<T> fresh = Versioned.values(read);
        entries.setAll(fresh);
        return fresh;
    }

    /** The version of the entry this editor last read (0 for one it has not read). */
    private long versionOf(T entry) {
        RecordVersion version = versions.get(keyOf(entry));
        return version == null ? 0 : version.number();
    }

    /** What identifies the entry (its code), to select it again after a reload. */
    protected final String keyOf(T entry) {
        return data.keyOf(entry);
    }

    private void pushUndo(String label, Runnable work) {
        undoSteps.push(new UndoStep(label, work));
        updateUndoLabel();
    }

    private void updateUndoLabel() {
        undoLabel.set(undoSteps.isEmpty() ? "" : undoSteps.peek().label());
    }

    private void fillForm(T entry) {
        pristine = entry == null;
        filling = true;
        try {
            fill(entry);
        } finally {
            filling = false;
        }
        validate();
    }

    /** Re-reads the form and lists what stops it from being saved. */
    public final void validate() {
        Typed<T> form = typed();
        List<String> found = form.entry() == null ? form.problems()
                : data.problems(form.entry(), creating.get()).stream().map(common::render).toList();
        valid.set(found.isEmpty());
        problems.setAll(pristine ? List.of() : found);
    }

    /** Applies the search, "show retired" and the editor's own filter again. */
    protected final void refilter() {
        String wanted = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        shown.setPredicate(entry -> (showRetired.get() || !data.isRetired(entry)) && alsoShown(entry)
                && (wanted.isEmpty() || searchText(entry).toLowerCase(Locale.ROOT).contains(wanted)));
    }

    /** An editor's own filter besides the search (phrases of one language); call {@link #refilter} on change. */
    protected boolean alsoShown(T entry) {
        return true;
    }

    /** Called at the end of a concrete editor's constructor, once its form fields exist: an empty form. */
    protected final void start() {
        refilter();
        fillForm(null);
    }

    // ---------------------------------------------------------------- for the view

    public ObservableList<T> shown() {
        return shown;
    }

    public List<T> entries() {
        return entries;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Whether the chosen entry is retired (the Retire button then reads "Bring back"). */
    public BooleanBinding selectedRetiredProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && data.isRetired(selected.get()), selected);
    }

    /** Sets a status line of the concrete editor's own (a test page written). */
    protected final void setStatus(String text) {
        status.set(text);
    }

    /** Reads a whole number typed in a field, or adds the field's problem. */
    protected static Integer wholeNumber(String typed, String problem, List<String> problems) {
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            problems.add(problem);
            return null;
        }
    }

    /** Reads a decimal typed with a point or a comma, or adds the field's problem; empty gives null. */
    protected static <N> N decimal(String typed, Function<java.math.BigDecimal, N> as, String problem,
                                   List<String> problems) {
        try {
            return org.shipshape.logic.io.LenientParsing.decimal(typed).map(as).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(problem);
            return null;
        }
    }
}
