package org.shipshape.gui.home;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.home.HomeService;
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.home.HomeStep;
import org.shipshape.model.home.WarehouseProgress;
import org.shipshape.model.shipments.Shipment;

/**
 * The home screen: a first-shipment checklist that ticks itself as the work gets done, then what needs attention:
 * shipments being prepared with their fill and what would stop their customs pack, goods waiting to be packed,
 * and when the warehouse was last backed up.
 */
public final class HomeViewModel {
    /** Where each step of the checklist is done: a section of the main window, or "settings". */
    public static String placeOf(HomeStep step) {
        return switch (step) {
            case ORGANISATION -> "settings";
            case FIRST_DONATION -> "intake";
            case FIRST_PACKAGE_SEALED -> "packing";
            case FIRST_SHIPMENT -> "shipments";
            case CONTAINER_LOADED -> "loading";
            case CUSTOMS_PACK_PRINTED -> "documents";
        };
    }

    /** One step of the checklist, done or not. */
    public record Step(HomeStep step, String title, String hint, boolean done) {
    }

    /**
     * A shipment being prepared, as the home screen shows it.
     *
     * @param fill    share of the usable volume the packed goods take (0..1, more when too much)
     * @param checked false while its packages are still being read (fill 0, texts saying so)
     */
    public record ShipmentRow(String reference, String summary, double fill, String fillText, String problems,
                              boolean blocked, boolean checked) {
    }

    private final GuiContext context;
    private final Consumer<String> goTo;
    private final Messages text = Messages.of(HomeView.class);
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ObservableList<ShipmentRow> shipments = FXCollections.observableArrayList();
    private final ObservableList<String> waitingCategories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper allDone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backupHint = new ReadOnlyStringWrapper("");

    private final AtomicBoolean loadWaiting = new AtomicBoolean();
    /** Counts the reads shown: the shipments of an older read stop being read once a newer one is shown. */
    private long shownReads;

    /** @param goTo opens a place: a section id of the main window, or "settings" */
    public HomeViewModel(GuiContext context, Consumer<String> goTo) {
        this.context = context;
        this.goTo = goTo;
        // a server's backups are the server's own: Shipshape takes none of it (docs/decisions/0016)
        backupHint.set(context.workspace().isOnServer() ? text.get("backup.serverHint") : text.get("backup.hint"));
    }

    /**
     * Reads the overview in the background: first the counts, then each shipment being prepared, one at a time. A load
     * asked for while another is still waiting to start is the same read (home shown again before the worker got to
     * it). A shipment's fill and problems read every package and line of it (a second or more on a large warehouse),
     * so each is read in idle time: a section chosen meanwhile reads its own data first, and a shipment being read
     * steps aside for it and is read again afterwards (docs/decisions/0022).
     */
    public void load() {
        if (!loadWaiting.compareAndSet(false, true)) {
            return;
        }
        context.tasks().execute(BackgroundTask.of(text.get("task.load"), progressReport -> {
            loadWaiting.set(false);
            return new HomeService(context.workspace()).summary();
        }).onSuccess(this::show));
    }

    private void show(HomeService.Summary overview) {
        long read = ++shownReads;
        WarehouseProgress done = overview.progress();
        steps.setAll(Arrays.stream(HomeStep.values()).map(step -> new Step(step, text.get("step." + step.code()),
                text.get("hint." + step.code()), done.done(step))).toList());
        long count = Arrays.stream(HomeStep.values()).filter(done::done).count();
        progress.set(text.get("progress", count, HomeStep.values().length));
        allDone.set(done.allDone());
        shipments.setAll(overview.openShipments().stream().map(this::unreadRow).toList());
        waiting.set(text.get("waiting.count", done.itemsWaiting()));
        waitingCategories.setAll(overview.waiting().stream().map(c -> text.get("waiting.category", c.category(),
                c.items())).toList());
        lastBackup.set(context.workspace().isOnServer() ? text.get("backup.server", context.workspace().location())
                : overview.lastBackup().map(b -> text.get("backup.last", b.takenAt(),
                        text.get("backup.kind." + b.kind().label()))).orElse(text.get("backup.none")));
        readShipment(read, overview.openShipments(), 0);
    }

    private void readShipment(long read, List<Shipment> open, int index) {
        if (index >= open.size() || read != shownReads) {
            return;
        }
        Shipment shipment = open.get(index);
        context.tasks().execute(BackgroundTask.of(text.get("task.shipment", shipment.reference()),
                progressReport -> new HomeService(context.workspace()).openShipment(shipment, progressReport))
                .inIdleTime().onSuccess(checked -> {
                    if (read == shownReads) {
                        shipments.set(index, row(checked));
                        readShipment(read, open, index + 1);
                    }
                }));
    }

    private ShipmentRow unreadRow(Shipment shipment) {
        String status = text.catalogue().text(Catalogue.enumKey(shipment.status()));
        return new ShipmentRow(shipment.reference(), text.get("shipment.summaryUnread", shipment.countryCode(),
                shipment.consignee(), status), 0, text.get("fill.reading"), text.get("problems.checking"), false,
                false);
    }

    private ShipmentRow row(HomeService.OpenShipment open) {
        Capacity packed = open.packed();
        String status = text.catalogue().text(Catalogue.enumKey(open.shipment().status()));
        String summary = text.get("shipment.summary", open.shipment().countryCode(), open.shipment().consignee(),
                status, open.loaded(), open.total());
        String fillText = packed.containerType() == null ? text.get("fill.noContainer")
                : text.get("fill.text", packed.volumeM3(), packed.usableVolumeM3(), packed.grossKg(),
                        packed.payloadKg(), packed.containerType().code());
        String problems = open.blocking() == 0 && open.warnings() == 0 ? text.get("problems.none")
                : text.get("problems.some", open.blocking(), open.warnings());
        return new ShipmentRow(open.shipment().reference(), summary,
                packed.containerType() == null ? 0 : packed.volumeShareOfUsable(), fillText, problems,
                open.blocking() > 0, true);
    }

    /** Opens the place where a step of the checklist is done. */
    public void go(HomeStep step) {
        goTo.accept(placeOf(step));
    }

    /** Opens a section of the main window (documents, loading, intake, backups). */
    public void open(String place) {
        goTo.accept(place);
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public ObservableList<ShipmentRow> shipments() {
        return shipments;
    }

    public ObservableList<String> waitingCategories() {
        return waitingCategories;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty allDoneProperty() {
        return allDone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    /** Where to keep a copy: another disk and File > Back up now, or on a server pg_dump and its administrator. */
    public ReadOnlyStringProperty backupHintProperty() {
        return backupHint.getReadOnlyProperty();
    }

    List<Step> stepsNow() {
        return List.copyOf(steps);
    }
}
