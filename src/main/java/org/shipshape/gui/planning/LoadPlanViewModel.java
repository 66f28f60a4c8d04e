package org.shipshape.gui.planning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.DialogService;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.gui.task.TaskExecutor;
import org.shipshape.logic.planning.CategoryPalette;
import org.shipshape.logic.planning.ContainerRequest;
import org.shipshape.logic.planning.LoadPlanPdf;
import org.shipshape.logic.planning.PlanMessages;
import org.shipshape.logic.planning.ShipmentPlan;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.planning.ShipmentPlanService.RoomLeft;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.PlanNotice;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.UnplacedCargo;

/**
 * State and commands of the load plan screen: which shipment, the plan, the loading step shown, the camera, and
 * the answers for the side panel. Holds no nodes; the view draws from these properties.
 */
public final class LoadPlanViewModel {
    /** A category's colour (0xRRGGBB) for the legend. */
    public record LegendEntry(String category, int rgb) {
    }

    /** Which containers to plan: the shipment's own, as many as needed, or the types typed in. */
    public enum ContainerMode { OWN, AUTO, LISTED }

    static final double DEFAULT_PITCH = 25;
    static final double DEFAULT_YAW = -35;
    private static final double MIN_DISTANCE = 200;
    private static final double MAX_DISTANCE = 20_000;

    private final ShipmentPlanService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages text;

    private final ObservableList<String> shipments = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedShipment = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<ShipmentPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<ContainerMode> containerMode = new SimpleObjectProperty<>(ContainerMode.OWN);
    private final StringProperty containerList = new SimpleStringProperty("");
    /** One line per planned container, for the container picker; empty while there is no plan. */
    private final ObservableList<String> containerNames = FXCollections.observableArrayList();
    private final IntegerProperty selectedContainer = new SimpleIntegerProperty();
    /** The plan of the container shown: the views draw this one. */
    private final ObjectProperty<LoadPlan> shownPlan = new SimpleObjectProperty<>();
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final IntegerProperty stepCount = new SimpleIntegerProperty();
    private final StringProperty currentNumber = new SimpleStringProperty("");
    private final StringProperty currentDetails = new SimpleStringProperty("");
    private final StringProperty fill = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("");
    private final StringProperty centreOfGravity = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> unplaced = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> roomLeft = FXCollections.observableArrayList();
    private final ObservableList<LegendEntry> legend = FXCollections.observableArrayList();
    private final DoubleProperty pitch = new SimpleDoubleProperty(DEFAULT_PITCH);
    private final DoubleProperty yaw = new SimpleDoubleProperty(DEFAULT_YAW);
    private final DoubleProperty distance = new SimpleDoubleProperty(MIN_DISTANCE * 10);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final BooleanBinding canPlan;
    private final BooleanBinding hasPlan;

    public LoadPlanViewModel(ShipmentPlanService service, TaskExecutor tasks, DialogService dialogs, Messages text) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.text = text;
        canPlan = selectedShipment.isNotNull().and(running.not()).and(Bindings.createBooleanBinding(
                () -> containerMode.get() != ContainerMode.LISTED || !containerList.get().isBlank(), containerMode,
                containerList));
        hasPlan = plan.isNotNull();
        step.addListener((obs, old, now) -> describeStep());
        selectedShipment.addListener((obs, old, now) -> {
            if (plan.get() != null && !plan.get().reference().equals(now)) {
                show(null);
            }
        });
        selectedContainer.addListener((obs, old, now) -> showContainer());
    }

    /** Re-reads the shipment list, keeping the selection when it still exists. */
    public void refreshShipments() {
        String selected = selectedShipment.get();
        shipments.setAll(service.shipmentReferences());
        if (selected == null || !shipments.contains(selected)) {
            selectedShipment.set(shipments.isEmpty() ? null : shipments.get(0));
        }
    }

    /** Plans the selected shipment in the background, then works out how many more standard boxes fit. */
    public void plan() {
        String reference = selectedShipment.get();
        if (reference == null || running.get()) {
            return;
        }
        ContainerRequest request;
        try {
            request = request();
        } catch (UserInputException rejected) {
            status.set(text.render(rejected.messages(), " "));
            return;
        }
        cancelRequested.set(false);
        running.set(true);
        progress.set(-1);
        status.set(text.get("status.planning", reference));
        tasks.execute(BackgroundTask.of(text.get("task.plan", reference),
                        p -> service.plan(reference, request, watched(p, 0, 0.7)))
                .onSuccess(result -> {
                    show(result);
                    status.set(text.get("status.planned", reference));
                    findRoomLeft(result);
                })
                .onCancelled(() -> stopped(text.get("status.cancelled")))
                .onFailure(error -> failed(text.get("error.plan", reference), error)));
    }

    private ContainerRequest request() {
        return switch (containerMode.get()) {
            case OWN -> ContainerRequest.SHIPMENTS_OWN;
            case AUTO -> ContainerRequest.AUTO;
            case LISTED -> ContainerRequest.parse(containerList.get());
        };
    }

    private void findRoomLeft(ShipmentPlan result) {
        roomLeft.setAll(text.get("roomLeft.working"));
        tasks.execute(BackgroundTask.of(text.get("task.roomLeft"), p -> service.roomLeft(result, watched(p, 0.7, 1)))
                .onSuccess(answers -> {
                    if (plan.get() == result) { // the user may have picked another shipment meanwhile
                        roomLeft.setAll(answers.stream().map(this::describe).toList());
                    }
                    running.set(false);
                    progress.set(0);
                })
                .onCancelled(() -> {
                    roomLeft.setAll(text.get("roomLeft.stopped"));
                    stopped(text.get("status.planned", result.reference()));
                })
                .onFailure(error -> {
                    roomLeft.clear();
                    failed(text.get("error.roomLeft"), error);
                }));
    }

    private String describe(RoomLeft answer) {
        return text.get("roomLeft.line", answer.count(), answer.size().name(), answer.size().dimensions().lengthCm(),
                answer.size().dimensions().widthCm(), answer.size().dimensions().heightCm(), answer.kgEach());
    }

    private void stopped(String message) {
        running.set(false);
        progress.set(0);
        status.set(message);
    }

    private void failed(String sentence, Throwable error) {
        stopped("");
        if (error instanceof UserInputException rejected) {
            status.set(text.render(rejected.messages(), " "));
        } else {
            status.set(sentence);
            dialogs.showError(sentence, error);
        }
    }

    /** Asks the running work to stop; it ends at its next check. */
    public void cancel() {
        cancelRequested.set(true);
    }

    /**
     * Passes progress to the executor and to the inline progress bar (mapped onto {@code from..to}), and adds the
     * screen's own Cancel button to the executor's cancellation.
     */
    private Progress watched(Progress outer, double from, double to) {
        AtomicLong lastShown = new AtomicLong();
        return new Progress() {
            @Override
            public void report(long done, long total, Message step) {
                outer.report(done, total, step);
                long now = System.nanoTime();
                if (total > 0 && now - lastShown.get() > 100_000_000L) {
                    lastShown.set(now);
                    double value = from + (to - from) * done / total;
                    Platform.runLater(() -> {
                        if (running.get()) {
                            progress.set(value);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || outer.isCancelled();
            }
        };
    }

    private void show(ShipmentPlan result) {
        plan.set(result);
        roomLeft.clear();
        legend.clear();
        containerNames.clear();
        if (result != null) {
            List<ShipmentPlan.PlannedContainer> containers = result.containers();
            for (int i = 0; i < containers.size(); i++) {
                ShipmentPlan.PlannedContainer c = containers.get(i);
                containerNames.add(text.get("container.line", i + 1, containers.size(), c.typeName(), c.typeCode(),
                        c.plan().placements().size(), percent(c.plan().volumeFill())));
            }
            List<String> categories = result.categories();
            for (int i = 0; i < categories.size(); i++) {
                legend.add(new LegendEntry(categories.get(i), CategoryPalette.rgb(i)));
            }
        }
        if (selectedContainer.get() != 0) {
            selectedContainer.set(0); // shows it through the listener
        } else {
            showContainer();
        }
    }

    /** Shows the chosen container of the plan: its figures, notices and loading order. */
    private void showContainer() {
        ShipmentPlan result = plan.get();
        unplaced.clear();
        warnings.clear();
        if (result == null) {
            shownPlan.set(null);
            stepCount.set(0);
            step.set(0);
            fill.set("");
            weight.set("");
            centreOfGravity.set("");
            describeStep();
            return;
        }
        int index = Math.max(0, Math.min(selectedContainer.get(), result.containers().size() - 1));
        LoadPlan loadPlan = result.containers().get(index).plan();
        shownPlan.set(loadPlan);
        int packages = result.containers().size() == 1 ? result.packageCount() : loadPlan.placements().size();
        fill.set(text.get("fill", percent(loadPlan.volumeFill()), loadPlan.placements().size(), packages));
        weight.set(text.get("weight", percent(loadPlan.weightFill()), loadPlan.loadedKg()));
        CentreOfGravity cog = loadPlan.centreOfGravity();
        centreOfGravity.set(text.get("cog", Math.round(cog.xCm()), Math.round(cog.yCm()), Math.round(cog.zCm()),
                percent(Math.abs(cog.lengthOffsetFraction())), percent(Math.abs(cog.widthOffsetFraction()))));
        result.unplaced().forEach(u -> unplaced.add(describe(u)));
        loadPlan.notices().forEach(n -> warnings.add(describe(n)));
        warnings.addAll(result.notPlannable());
        stepCount.set(loadPlan.placements().size());
        step.set(loadPlan.placements().size());
        describeStep();
        resetView();
    }

    private String describe(UnplacedCargo u) {
        return u.item().id() + ": " + text.render(u.explanation());
    }

    private String describe(PlanNotice notice) {
        return text.render(PlanMessages.of(notice));
    }

    private static String percent(double fraction) {
        return String.format(Locale.getDefault(), "%.1f", fraction * 100);
    }

    private void describeStep() {
        LoadPlan shown = shownPlan.get();
        int current = step.get();
        if (shown == null || current < 1 || current > shown.placements().size()) {
            currentNumber.set("");
            currentDetails.set(shown == null ? "" : text.get("step.none", stepCount.get()));
            return;
        }
        Placement p = shown.placements().get(current - 1);
        currentNumber.set(p.item().id());
        currentDetails.set(text.get("step.details", current, stepCount.get(), p.item().id(), p.item().category(),
                p.dx(), p.dy(), p.dz(), p.item().weightKg(), p.x(), p.y(), p.z()));
    }

    public void next() {
        step.set(Math.min(stepCount.get(), step.get() + 1));
    }

    public void previous() {
        step.set(Math.max(0, step.get() - 1));
    }

    public void firstStep() {
        step.set(0);
    }

    public void lastStep() {
        step.set(stepCount.get());
    }

    /** Turns the view: degrees about the vertical axis and about the horizontal axis. */
    public void rotateBy(double yawDegrees, double pitchDegrees) {
        yaw.set(yaw.get() + yawDegrees);
        pitch.set(Math.max(-89, Math.min(89, pitch.get() + pitchDegrees)));
    }

    public void zoomIn() {
        zoom(0.85);
    }

    public void zoomOut() {
        zoom(1 / 0.85);
    }

    public void zoom(double factor) {
        distance.set(Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance.get() * factor)));
    }

    /** Back to the three-quarter view from the door side with the whole container in sight. */
    public void resetView() {
        pitch.set(DEFAULT_PITCH);
        yaw.set(DEFAULT_YAW);
        LoadPlan shown = shownPlan.get();
        double length = shown == null ? 600 : shown.container().lengthCm();
        distance.set(Math.max(MIN_DISTANCE, length * 1.5));
    }

    /** Asks where to save, then writes the loading plan PDF in the background. */
    public void writePdf() {
        ShipmentPlan shown = plan.get();
        if (shown == null) {
            return;
        }
        dialogs.chooseFileToSave(text.get("pdf.title"), "loading-plan-" + shown.reference() + ".pdf",
                text.get("pdf.filter"), "pdf").ifPresent(file -> writePdf(shown, file));
    }

    private void writePdf(ShipmentPlan shown, Path file) {
        tasks.execute(BackgroundTask.of(text.get("task.pdf", shown.reference()), p -> {
                    try {
                        LoadPlanPdf.write(shown, file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return file;
                })
                .onSuccess(written -> status.set(text.get("status.pdf", written)))
                .onFailure(error -> dialogs.showError(text.get("error.pdf", file), error)));
    }

    public ObservableList<String> shipments() {
        return shipments;
    }

    public ObjectProperty<String> selectedShipmentProperty() {
        return selectedShipment;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<ShipmentPlan> planProperty() {
        return plan;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public ObjectProperty<ContainerMode> containerModeProperty() {
        return containerMode;
    }

    public StringProperty containerListProperty() {
        return containerList;
    }

    public ObservableList<String> containerNames() {
        return containerNames;
    }

    public IntegerProperty selectedContainerProperty() {
        return selectedContainer;
    }

    public ReadOnlyObjectProperty<LoadPlan> shownPlanProperty() {
        return shownPlan;
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount;
    }

    public ReadOnlyStringProperty currentNumberProperty() {
        return currentNumber;
    }

    public ReadOnlyStringProperty currentDetailsProperty() {
        return currentDetails;
    }

    public ReadOnlyStringProperty fillProperty() {
        return fill;
    }

    public ReadOnlyStringProperty weightProperty() {
        return weight;
    }

    public ReadOnlyStringProperty centreOfGravityProperty() {
        return centreOfGravity;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<String> unplaced() {
        return unplaced;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<String> roomLeft() {
        return roomLeft;
    }

    public ObservableList<LegendEntry> legend() {
        return legend;
    }

    public DoubleProperty pitchProperty() {
        return pitch;
    }

    public DoubleProperty yawProperty() {
        return yaw;
    }

    public DoubleProperty distanceProperty() {
        return distance;
    }

    public BooleanBinding canPlanBinding() {
        return canPlan;
    }

    public BooleanBinding hasPlanBinding() {
        return hasPlan;
    }

    /** True while there is a step before the current one. */
    public BooleanBinding canGoBackBinding() {
        return Bindings.createBooleanBinding(() -> step.get() > 0, step);
    }

    public BooleanBinding canGoOnBinding() {
        return Bindings.createBooleanBinding(() -> step.get() < stepCount.get(), step, stepCount);
    }
}
