package org.shipshape.gui.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
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
import org.shipshape.gui.common.Feedback;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.NumberInput;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.intake.DeletedItems;
import org.shipshape.logic.intake.IntakeService;
import org.shipshape.logic.inventory.InventoryExport;
import org.shipshape.logic.inventory.InventoryService;
import org.shipshape.logic.inventory.InventorySnapshot;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.InventoryTotals;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.model.intake.ItemStatus;

/**
 * The inventory: all items held as an in-memory snapshot and filtered on the background thread (a newer filter
 * makes older runs stop and their results are dropped), totals of what is shown, edits in place with validation,
 * delete with undo, export of exactly the shown rows.
 */
public final class InventoryViewModel {
    /** The fields that can be edited in place. */
    public enum Field { DESCRIPTION, QUANTITY, UNIT_VALUE, UNIT_KG, LOCATION }

    private final GuiContext context;
    private final InventoryService service;
    private final IntakeService intake;
    private final Messages text = Messages.of(InventoryView.class);
    private final AtomicLong generation = new AtomicLong();
    private volatile InventorySnapshot snapshot = InventorySnapshot.of(List.of());

    private final ObservableList<InventoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Donor> donors = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Donor> donor = new SimpleObjectProperty<>();
    private final ObjectProperty<Condition> condition = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<InventoryTotals> totals = new SimpleObjectProperty<>(InventoryTotals.NONE);
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
    private final Feedback feedback = new Feedback();
    private final BooleanProperty undoDeleteAvailable = new SimpleBooleanProperty();
    /** True until the first read and while reading again: the table says it is loading, not that nothing matches. */
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final Catalogue formats = text.catalogue();
    private volatile String currency = "EUR";
    private DeletedItems lastDeleted;

    public InventoryViewModel(GuiContext context) {
        this.context = context;
        this.service = new InventoryService(context.workspace());
        this.intake = new IntakeService(context.workspace());
        List.<javafx.beans.Observable>of(searchText, category, donor, condition, status, from, to)
                .forEach(p -> p.addListener(obs -> applyFilter()));
        totals.addListener((obs, old, now) -> showTotals(now));
    }

    private void showTotals(InventoryTotals now) {
        totalsText.set(text.get("totals", now.items(), formats.number(now.quantity()), now.kg(),
                formats.money(now.value(), currency)));
    }

    /** Reloads everything from the database in the background (the old rows stay visible meanwhile). */
    public void refresh() {
        loading.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.load"), progress -> new Loaded(service.snapshot(),
                intake.categories(), intake.donors(), intake.defaultCurrency())).onSuccess(loaded -> {
                    snapshot = loaded.snapshot;
                    currency = loaded.currency;
                    keepSelection(categories, loaded.categories, category);
                    keepSelection(donors, loaded.donors, donor);
                    applyFilter();
                }).onFailure(error -> {
                    loading.set(false);
                    context.dialogs().showError(text.get("error.load"), error);
                }));
    }

    private record Loaded(InventorySnapshot snapshot, List<Category> categories, List<Donor> donors,
                          String currency) {
    }

    private static <T> void keepSelection(ObservableList<T> list, List<T> fresh, ObjectProperty<T> selected) {
        T chosen = selected.get();
        list.setAll(fresh);
        if (chosen != null && !fresh.contains(chosen)) {
            selected.set(null);
        }
    }

    public ItemFilter filter() {
        return new ItemFilter(searchText.get(), category.get() == null ? null : category.get().id(),
                donor.get() == null ? null : donor.get().id(), condition.get(), status.get(), from.get(), to.get());
    }

    /** Filters on the background thread; a run overtaken by a newer filter stops and is ignored. */
    public void applyFilter() {
        long mine = generation.incrementAndGet();
        ItemFilter filter = filter();
        InventorySnapshot current = snapshot;
        context.tasks().execute(BackgroundTask.of(text.get("task.filter"), progress -> {
            List<InventoryRow> shown = current.filter(filter, new org.shipshape.logic.task.Progress() {
                @Override
                public void report(long done, long total, Message step) {
                    progress.report(done, total, step);
                }

                @Override
                public boolean isCancelled() {
                    return generation.get() != mine || progress.isCancelled();
                }
            });
            return new Filtered(shown, InventoryTotals.of(shown));
        }).onSuccess(result -> {
            if (generation.get() == mine) {
                rows.setAll(result.rows);
                totals.set(result.totals);
                showTotals(result.totals);
                loading.set(false);
            }
        }).onCancelled(() -> { }));
    }

    private record Filtered(List<InventoryRow> rows, InventoryTotals totals) {
    }

    /**
     * Changes one field of a row; invalid input is refused with a message and the row keeps its value.
     *
     * @return false when the input was refused before saving
     */
    public boolean edit(InventoryRow row, Field field, String input) {
        UnaryOperator<DonatedItem> change;
        try {
            change = change(field, input);
        } catch (NumberInput.Refused e) {
            problem(text.render(e.reason()));
            refreshRow(row);
            return false;
        }
        context.tasks().execute(BackgroundTask.of(text.get("task.save"), progress ->
                service.update(change.apply(service.item(row.id())))).onSuccess(updated -> {
                    snapshot = snapshot.replacing(updated);
                    replace(updated);
                    success(text.get("message.saved", String.valueOf(updated.id())));
                }).onFailure(error -> {
                    if (error instanceof UserInputException rejected) {
                        problem(text.render(rejected.messages(), " "));
                        refreshRow(row);
                    } else {
                        context.dialogs().showError(text.get("error.save"), error);
                    }
                }));
        return true;
    }

    private UnaryOperator<DonatedItem> change(Field field, String input) {
        String value = input == null ? "" : input.trim();
        return switch (field) {
            case DESCRIPTION -> i -> copy(i, value, i.quantity(), i.unitValue(), i.unitKg(), i.location());
            case LOCATION -> i -> copy(i, i.description(), i.quantity(), i.unitValue(), i.unitKg(),
                    value.isEmpty() ? null : value);
            case QUANTITY -> {
                BigDecimal quantity = number(value, "error.quantity");
                yield i -> copy(i, i.description(), quantity, i.unitValue(), i.unitKg(), i.location());
            }
            case UNIT_VALUE -> {
                BigDecimal unitValue = number(value, "error.unitValue");
                yield i -> copy(i, i.description(), i.quantity(), unitValue, i.unitKg(), i.location());
            }
            case UNIT_KG -> {
                BigDecimal kg = value.isEmpty() ? null : number(value, "error.unitKg");
                yield i -> copy(i, i.description(), i.quantity(), i.unitValue(), kg, i.location());
            }
        };
    }

    private BigDecimal number(String value, String whenMissingKey) {
        return text.parseNumber(value).orElseThrow(() -> new NumberInput.Refused(text.message(whenMissingKey)));
    }

    private static DonatedItem copy(DonatedItem i, String description, BigDecimal quantity, BigDecimal unitValue,
                                    BigDecimal unitKg, String location) {
        return new DonatedItem(i.id(), i.donorId(), i.categoryId(), description, quantity, i.unit(), i.condition(),
                unitValue, i.currency(), unitKg, i.receivedOn(), location, i.status(), i.testRecord());
    }

    /** Redraws a row with its stored values (after a refused edit). */
    private void refreshRow(InventoryRow row) {
        int index = rows.indexOf(row);
        if (index >= 0) {
            rows.set(index, row);
        }
    }

    private void replace(InventoryRow updated) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == updated.id()) {
                rows.set(i, updated);
            }
        }
        totals.set(InventoryTotals.of(rows));
    }

    /** Deletes the items after the volunteer confirms; the deletion can be undone. */
    public void delete(List<InventoryRow> selected) {
        if (selected.isEmpty()) {
            return;
        }
        String what = selected.size() == 1 ? text.get("delete.one", selected.get(0).description())
                : text.get("delete.many", String.valueOf(selected.size()));
        if (!context.dialogs().confirm(text.get("delete.title"), text.get("delete.text", what),
                text.get("delete.action", what), text.get("delete.keep"))) {
            return;
        }
        List<Long> ids = selected.stream().map(InventoryRow::id).toList();
        context.tasks().execute(BackgroundTask.of(text.get("task.delete"), progress -> service.delete(ids))
                .onSuccess(deleted -> {
                    lastDeleted = deleted;
                    undoDeleteAvailable.set(true);
                    snapshot = snapshot.without(new java.util.HashSet<>(ids));
                    applyFilter();
                    success(text.get("message.deleted", deleted.count()));
                    context.statusChanged().run();
                }).onFailure(this::failed));
    }

    public void undoDelete() {
        DeletedItems deleted = lastDeleted;
        if (deleted == null) {
            return;
        }
        context.tasks().execute(BackgroundTask.of(text.get("task.undo"), progress -> service.restore(deleted))
                .onSuccess(restored -> {
                    lastDeleted = null;
                    undoDeleteAvailable.set(false);
                    snapshot = snapshot.with(restored);
                    applyFilter();
                    success(text.get("message.restored", restored.size()));
                    context.statusChanged().run();
                }).onFailure(this::failed));
    }

    private void failed(Throwable error) {
        if (error instanceof UserInputException rejected) {
            problem(text.render(rejected.messages(), " "));
        } else if (!(error instanceof CancelledException)) {
            context.dialogs().showError(text.get("error.save"), error);
        }
    }

    /** Writes the rows exactly as shown (filtered and sorted) as CSV (for Excel) or XLSX. */
    public void export(List<InventoryRow> shown, boolean xlsx) {
        String extension = xlsx ? "xlsx" : "csv";
        context.dialogs().chooseFileToSave(text.get("export.title"), "inventory." + extension,
                text.get("export.filter." + extension), extension).ifPresent(target -> {
                    List<InventoryRow> copy = List.copyOf(shown);
                    context.tasks().execute(BackgroundTask.of(text.get("task.export"), progress -> {
                        write(copy, target, xlsx);
                        return target;
                    }).onSuccess(written -> success(text.get("message.exported", copy.size(),
                            written.getFileName().toString())))
                            .onFailure(error -> context.dialogs().showError(text.get("error.export", target), error)));
                });
    }

    private static void write(List<InventoryRow> rows, Path target, boolean xlsx) {
        try {
            if (xlsx) {
                InventoryExport.xlsx(rows, target);
            } else {
                InventoryExport.csv(rows, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void success(String sentence) {
        feedback.success(sentence);
    }

    private void problem(String sentence) {
        feedback.problem(sentence);
    }

    public void clearFilter() {
        searchText.set("");
        category.set(null);
        donor.set(null);
        condition.set(null);
        status.set(null);
        from.set(null);
        to.set(null);
    }

    public ObservableList<InventoryRow> rows() {
        return rows;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableList<Donor> donors() {
        return donors;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Donor> donorProperty() {
        return donor;
    }

    public ObjectProperty<Condition> conditionProperty() {
        return condition;
    }

    public ObjectProperty<ItemStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<InventoryTotals> totalsProperty() {
        return totals;
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    public Feedback feedback() {
        return feedback;
    }

    public BooleanProperty undoDeleteAvailableProperty() {
        return undoDeleteAvailable;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
