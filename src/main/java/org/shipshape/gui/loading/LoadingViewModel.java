package org.shipshape.gui.loading;

import java.util.List;
import java.util.Optional;
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
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.CategoryTotal;
import org.shipshape.logic.loading.LoadResult;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.loading.LoadingSession;
import org.shipshape.logic.shipments.ShipmentPackage;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;

/**
 * State and commands of the loading screen. A scan loads at once (one short database write, no background task:
 * the volunteer must see the result before the next box) and updates the counts and gauges in memory.
 */
public final class LoadingViewModel {
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
    private final StringProperty refusal = new SimpleStringProperty("");
    private final IntegerProperty refusals = new SimpleIntegerProperty();
    private final StringProperty countText = new SimpleStringProperty("");
    private final ObjectProperty<Capacity> capacity = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final StringProperty boxFitsText = new SimpleStringProperty("");
    private final ObservableList<ShipmentPackage> pickList = FXCollections.observableArrayList();
    private final ObservableList<CategoryTotal> byCategory = FXCollections.observableArrayList();
    private LoadingSession session;

    public LoadingViewModel(GuiContext context) {
        this.context = context;
        this.shipments = new ShipmentService(context.workspace());
        this.loading = new LoadingService(context.workspace());
        shipment.addListener((obs, old, chosen) -> open(chosen));
    }

    /** Reloads the shipments that can be loaded, keeping the chosen one when it still can. */
    public void refresh() {
        Shipment chosen = shipment.get();
        List<Shipment> loadable = shipments.shipments().stream()
                .filter(s -> LoadingService.canLoad(s.status())).toList();
        shipmentChoices.setAll(loadable);
        Optional<Shipment> again = chosen == null ? Optional.empty()
                : loadable.stream().filter(s -> s.id() == chosen.id()).findFirst();
        // on loading day the shipment already being loaded is the one people want
        Shipment target = again.orElse(loadable.stream().filter(s -> s.status() == ShipmentStatus.LOADING)
                .findFirst().orElse(loadable.isEmpty() ? null : loadable.get(0)));
        // the choice box may have dropped its value when the list changed; set it again, or reread the same one
        if (java.util.Objects.equals(shipment.get(), target)) {
            open(target);
        } else {
            shipment.set(target);
        }
    }

    private void open(Shipment chosen) {
        clearMessages();
        if (chosen == null) {
            session = null;
            pickList.clear();
            byCategory.clear();
            capacity.set(null);
            countText.set(text.get("count.none"));
            canUndo.set(false);
            active.set(false);
            boxFitsText.set("");
            return;
        }
        session = new LoadingSession(loading, chosen.id());
        pickList.setAll(session.waiting());
        byCategory.setAll(session.overview().byCategory());
        active.set(true);
        lastAction.set(text.get("action.ready"));
        update();
    }

    /** Loads the package whose number is in the scan field, then empties the field for the next scan. */
    public LoadResult scan() {
        String number = scanText.get();
        scanText.set("");
        return scan(number);
    }

    /** Loads one package by number, as a scan does. */
    public LoadResult scan(String number) {
        if (session == null) {
            return refuse(LoadResult.refused(number, text.message("refused.noShipment")));
        }
        LoadResult result = session.scan(number);
        if (!result.done()) {
            return refuse(result);
        }
        refusal.set("");
        lastNumber.set(result.packageNumber());
        lastContents.set(session.find(result.packageNumber()).map(ShipmentPackage::contents).orElse(""));
        lastAction.set(text.get("action.loaded", result.sequence()));
        removeFromPickList(result.packageNumber());
        update();
        return result;
    }

    public LoadResult undoLastScan() {
        if (session == null) {
            return refuse(LoadResult.refused("", text.message("refused.noShipment")));
        }
        LoadResult result = session.undoLast();
        if (!result.done()) {
            return refuse(result);
        }
        refusal.set("");
        lastNumber.set(result.packageNumber());
        lastContents.set(session.find(result.packageNumber()).map(ShipmentPackage::contents).orElse(""));
        lastAction.set(text.get("action.undone"));
        pickList.setAll(session.waiting());
        update();
        return result;
    }

    private LoadResult refuse(LoadResult result) {
        refusal.set(text.render(result.refusal()));
        lastAction.set("");
        refusals.set(refusals.get() + 1);
        return result;
    }

    private void removeFromPickList(String number) {
        pickList.removeIf(p -> p.number().equalsIgnoreCase(number));
    }

    private void update() {
        Capacity c = session.capacity();
        capacity.set(c);
        countText.set(text.get("count.loaded", c.loaded(), c.total()));
        canUndo.set(session.canUndo());
        boxFitsText.set(session.moreBoxesThatFit().stream().map(fit -> text.get("boxFit", fit.count(),
                fit.size().name())).collect(Collectors.joining(" \u00b7 ")));
    }

    private void clearMessages() {
        refusal.set("");
        lastNumber.set("");
        lastContents.set("");
        lastAction.set("");
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

    public StringProperty lastNumberProperty() {
        return lastNumber;
    }

    public StringProperty lastContentsProperty() {
        return lastContents;
    }

    public StringProperty lastActionProperty() {
        return lastAction;
    }

    /** The reason of the last refusal; empty after a successful scan. */
    public StringProperty refusalProperty() {
        return refusal;
    }

    /** Counts refusals, so the view can beep on each one even when the same reason repeats. */
    public IntegerProperty refusalsProperty() {
        return refusals;
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
