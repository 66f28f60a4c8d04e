package org.shipshape.gui.loading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.Choices;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.loading.LoadResult;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.loading.LoadingSession;
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.CategoryTotal;
import org.shipshape.logic.shipments.ShipmentPackage;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;

/**
 * State and commands of the loading screen. Every database call runs on the background worker, one at a time and
 * in the order the scans came, so the window never waits on the database; the field is cleared at once for the next
 * scan. A scan that arrives while the shipment is still being read waits and is loaded as soon as it is read, so
 * a volunteer can switch to this screen and scan straight away.
 */
public final class LoadingViewModel {
    /** What the last scan did, for the colour and sound of the answer. */
    public enum Outcome { READY, LOADED, REFUSED, UNDONE }

    private final GuiContext context;
    private final Messages text = Messages.of(LoadingView.class);
    private final ShipmentService shipments;
    private final LoadingService loading;

    private final ObservableList<Shipment> shipmentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Shipment> shipment = new SimpleObjectProperty<>();
    private final StringProperty scanText = new SimpleStringProperty("");
    private final StringProperty lastNumber = new SimpleStringProperty("");
    private final StringProperty lastContents = new SimpleStringProperty("");
    private final StringProperty lastAction = new SimpleStringProperty("");
    private final StringProperty previous = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final IntegerProperty refusals = new SimpleIntegerProperty();
    private final IntegerProperty successes = new SimpleIntegerProperty();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.READY);
    private final StringProperty countText = new SimpleStringProperty("");
    private final ObjectProperty<Capacity> capacity = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Whether the shipments that can be loaded were read at least once: before that, none is no news. */
    private final BooleanProperty shipmentsRead = new SimpleBooleanProperty();
    private final javafx.beans.binding.BooleanBinding nothingToLoad = shipmentsRead.and(busy.not())
            .and(javafx.beans.binding.Bindings.isEmpty(shipmentChoices));
    private final StringProperty boxFitsText = new SimpleStringProperty("");
    private final ObservableList<ShipmentPackage> pickList = FXCollections.observableArrayList();
    private final ObservableList<CategoryTotal> byCategory = FXCollections.observableArrayList();
    /** Scans typed while the shipment is still being read; loaded in order once it is. */
    private final Deque<String> waitingScans = new ArrayDeque<>();
    /** Only touched on the background worker. */
    private LoadingSession session;
    /** Counts the shipments opened, so the answer about an older one is not shown for a newer one. */
    private long opening;
    private boolean open;
    /** The shipment being loaded, for the change watch (read on the worker). */
    private volatile Long watchedShipment;
    private final org.shipshape.gui.common.ChangeWatch.Watched watch;

    public LoadingViewModel(GuiContext context) {
        this.context = context;
        this.shipments = new ShipmentService(context.workspace());
        this.loading = new LoadingService(context.workspace());
        // another station loading into the same container: the gauges and the pick list follow within two seconds
        this.watch = context.changes().watch(() -> {
            Long id = watchedShipment;
            return id == null ? null : shipments.marker(id);
        }, this::reloadAfterOtherStation);
        shipment.addListener((obs, old, chosen) -> {
            if (!Objects.equals(idOf(old), idOf(chosen))) {
                open(chosen);
            }
        });
    }

    /** Reloads the shipments that can be loaded, keeping the chosen one when it still can be loaded. */
    public void refresh() {
        busy.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.shipments"), progress -> shipments.shipments()
                .stream().filter(s -> LoadingService.canLoad(s.status())).toList())
                .onSuccess(this::showChoices)
                .onFailure(error -> {
                    busy.set(false);
                    context.dialogs().showError(text.get("error.read"), error);
                }));
    }

    private void showChoices(List<Shipment> loadable) {
        shipmentsRead.set(true);
        if (Choices.replaceKeeping(shipmentChoices, loadable, shipment, Shipment::id).isPresent()) {
            open(shipment.get());
            return;
        }
        // on loading day the shipment already being loaded is the one people want
        Shipment target = loadable.stream().filter(s -> s.status() == ShipmentStatus.LOADING).findFirst()
                .orElse(loadable.isEmpty() ? null : loadable.get(0));
        if (Objects.equals(idOf(shipment.get()), idOf(target))) {
            open(target);
        } else {
            shipment.set(target);
        }
    }

    private static Long idOf(Shipment s) {
        return s == null ? null : s.id();
    }

    /** What the session says after a change, read on the worker and shown on the user-interface thread. */
    private record State(LoadResult result, String contents, Capacity capacity, boolean canUndo, String boxFits,
                         List<ShipmentPackage> waiting, List<CategoryTotal> byCategory) {
    }

    /** Reads the session after a change; runs on the background worker only. */
    private State stateOnWorker(LoadingSession s, LoadResult result, boolean withLists) {
        String contents = result == null || !result.done() ? "" : s.find(result.packageNumber())
                .map(ShipmentPackage::contents).orElse("");
        String fits = s.moreBoxesThatFit().stream().map(fit -> text.get("boxFit", fit.count(), fit.size().name()))
                .collect(Collectors.joining(" \u00b7 "));
        return new State(result, contents, s.capacity(), s.canUndo(), fits, withLists ? s.waiting() : null,
                withLists ? s.overview().byCategory() : null);
    }

    private void open(Shipment chosen) {
        open(chosen, true);
    }

    /** Reads the shipment again after another station changed it; what this station did last stays shown. */
    private void reloadAfterOtherStation() {
        if (open && shipment.get() != null) {
            open(shipment.get(), false);
        }
    }

    private void open(Shipment chosen, boolean fresh) {
        long mine = ++opening;
        if (fresh) {
            clearMessages();
        }
        watchedShipment = chosen == null ? null : chosen.id();
        if (chosen == null) {
            open = false;
            busy.set(false);
            waitingScans.forEach(number -> refuse(LoadResult.refused(number, text.message("refused.noShipment"))));
            waitingScans.clear();
            context.tasks().execute(BackgroundTask.<Void>of(text.get("task.open"), progress -> {
                session = null;
                return null;
            }));
            pickList.clear();
            byCategory.clear();
            capacity.set(null);
            countText.set(text.get("count.none"));
            canUndo.set(false);
            active.set(false);
            boxFitsText.set("");
            return;
        }
        open = false;
        busy.set(fresh); // a reload after another station's change keeps the lists on screen meanwhile
        active.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.open"), progress -> {
            watch.readBaseline();
            session = new LoadingSession(loading, chosen.id());
            return stateOnWorker(session, null, true);
        }).onSuccess(state -> {
            if (mine != opening) {
                return;
            }
            open = true;
            busy.set(false);
            pickList.setAll(state.waiting());
            byCategory.setAll(state.byCategory());
            if (fresh) {
                lastAction.set(text.get("action.ready"));
                outcome.set(Outcome.READY);
            }
            show(state);
            while (!waitingScans.isEmpty()) {
                scan(waitingScans.remove());
            }
        }).onFailure(error -> {
            busy.set(false);
            context.dialogs().showError(text.get("error.read"), error);
        }));
    }

    /** Loads the package whose number is in the scan field, then empties the field for the next scan. */
    public void scan() {
        String number = scanText.get() == null ? "" : scanText.get().strip();
        scanText.set("");
        if (number.isEmpty()) {
            // an Enter with nothing scanned (the key that chose Go > Loading, a second press) is no scan: nothing to
            // refuse, as on the packing screen; the field's prompt already says what to do
            return;
        }
        scan(number);
    }

    /** Loads one package by number, as a scan does. */
    public void scan(String number) {
        if (shipment.get() == null && !busy.get()) {
            refuse(LoadResult.refused(number, text.message("refused.noShipment")));
            return;
        }
        if (!open) {
            waitingScans.add(number);
            return;
        }
        change("task.scan", current -> current.scan(number), false, state -> {
            lastAction.set(text.get("action.loaded", state.result().packageNumber(), state.result().sequence()));
            outcome.set(Outcome.LOADED);
            successes.set(successes.get() + 1);
            pickList.removeIf(p -> p.number().equalsIgnoreCase(state.result().packageNumber()));
        });
    }

    public void undoLastScan() {
        if (!open) {
            refuse(LoadResult.refused("", text.message("refused.noShipment")));
            return;
        }
        change("task.undo", LoadingSession::undoLast, true, state -> {
            lastAction.set(text.get("action.undone", state.result().packageNumber()));
            outcome.set(Outcome.UNDONE);
            pickList.setAll(state.waiting());
        });
    }

    /**
     * Loads or takes out a package on the worker; a refusal is shown as one, a success shows the package and then
     * what {@code done} adds. The answer about a shipment no longer chosen is dropped; a re-read of the same shipment
     * after another station's change (which this station's own scans also start) keeps it, or the volunteer would see
     * no answer to a package that was loaded.
     */
    private void change(String task, java.util.function.Function<LoadingSession, LoadResult> action, boolean withLists,
                        java.util.function.Consumer<State> done) {
        Long loadingInto = watchedShipment;
        context.tasks().execute(BackgroundTask.of(text.get(task), progress -> stateOnWorker(session, action.apply(session),
                withLists)).onSuccess(state -> {
                    if (!Objects.equals(loadingInto, watchedShipment)) {
                        return;
                    }
                    if (!state.result().done()) {
                        refuse(state.result());
                        return;
                    }
                    refusal.set("");
                    previous.set("");
                    lastNumber.set(state.result().packageNumber());
                    lastContents.set(state.contents());
                    done.accept(state);
                    show(state);
                }).onFailure(this::failed));
    }

    private void failed(Throwable error) {
        context.dialogs().showError(text.get("error.scan"), error);
    }

    private void refuse(LoadResult result) {
        refusal.set(text.render(result.refusal()));
        previous.set(lastNumber.get().isEmpty() ? "" : text.get("previous", lastNumber.get()));
        lastAction.set("");
        lastNumber.set("");
        lastContents.set("");
        outcome.set(Outcome.REFUSED);
        refusals.set(refusals.get() + 1);
    }

    private void show(State state) {
        Capacity c = state.capacity();
        capacity.set(c);
        countText.set(text.get("count.loaded", c.loaded(), c.total()));
        canUndo.set(state.canUndo());
        boxFitsText.set(state.boxFits());
    }

    private void clearMessages() {
        refusal.set("");
        previous.set("");
        lastNumber.set("");
        lastContents.set("");
        lastAction.set("");
        outcome.set(Outcome.READY);
    }

    public ObservableList<Shipment> shipmentChoices() {
        return shipmentChoices;
    }

    public ObjectProperty<Shipment> shipmentProperty() {
        return shipment;
    }

    public StringProperty scanTextProperty() {
        return scanText;
    }

    /** The package loaded (or taken out) last; empty under a refusal. */
    public StringProperty lastNumberProperty() {
        return lastNumber;
    }

    public StringProperty lastContentsProperty() {
        return lastContents;
    }

    public StringProperty lastActionProperty() {
        return lastAction;
    }

    /** Under a refusal, the package loaded before it, in small ("Last loaded: MLI-0041"). */
    public StringProperty previousProperty() {
        return previous;
    }

    /** The reason of the last refusal; empty after a successful scan. */
    public StringProperty refusalProperty() {
        return refusal;
    }

    /** Counts refusals, so the view sounds on each one even when the same reason repeats. */
    public IntegerProperty refusalsProperty() {
        return refusals;
    }

    /** Counts packages loaded, so the view sounds on each one. */
    public IntegerProperty successesProperty() {
        return successes;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public ObjectProperty<Capacity> capacityProperty() {
        return capacity;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    /** True while the shipments or the chosen shipment are being read. */
    /** True once the shipments were read and none of them can be loaded now (the screen then says what to do). */
    public javafx.beans.binding.BooleanExpression nothingToLoadProperty() {
        return nothingToLoad;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty boxFitsTextProperty() {
        return boxFitsText;
    }

    public ObservableList<ShipmentPackage> pickList() {
        return pickList;
    }

    public ObservableList<CategoryTotal> byCategory() {
        return byCategory;
    }
}
