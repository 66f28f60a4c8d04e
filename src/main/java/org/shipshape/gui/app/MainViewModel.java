package org.shipshape.gui.app;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.model.common.WarehouseCounts;

/** State of the main window: status bar texts, the empty-database offer, and the sample-data command. */
public final class MainViewModel {
    private final GuiContext context;
    private final Messages text = Messages.of(MainView.class);
    private final StringProperty databaseText = new SimpleStringProperty("");
    private final StringProperty databasePath = new SimpleStringProperty("");
    private final StringProperty countsText = new SimpleStringProperty("");
    private final StringProperty userText = new SimpleStringProperty("");
    private final BooleanProperty databaseEmpty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty dataReplaced = new SimpleIntegerProperty();
    private boolean emptyStateDismissed;
    /** The step waiting for the background work to be done (read and changed on the JavaFX thread only). */
    private Runnable stepAfterQueuedWork;
    /** How often a step waiting for the chosen work looks again whether it is answered (a few frames). */
    private static final javafx.util.Duration LOOK_AGAIN = javafx.util.Duration.millis(50);
    /**
     * Looks in a row that must find no work in hand: an answer is followed by the pulses that list and style what it
     * brought (a section's rows, the fitting of its columns), which a step would otherwise hold up.
     */
    private static final int QUIET_LOOKS = 2;
    private final PauseTransition lookAgain = new PauseTransition(LOOK_AGAIN);
    private Runnable stepWhenQuiet;
    private int quietLooks;

    public MainViewModel(GuiContext context) {
        this.context = context;
        // a file shows its name (the whole path in the tooltip); a server its address
        String path = context.workspace().location();
        String name = context.workspace().file() == null ? path
                : String.valueOf(context.workspace().file().getFileName());
        databasePath.set(path);
        databaseText.set(context.workspace().isReadOnly() ? text.get("status.readOnly", name) : name);
        userText.set(text.get("status.user", context.workspace().user()));
        refresh();
    }

    /** Re-reads the counts in the background (one query) and shows them when read. */
    public void refresh() {
        userText.set(text.get("status.user", context.workspace().user()));
        context.tasks().execute(BackgroundTask.of(text.get("task.counts"), progress -> context.workspace().counts())
                .onSuccess(this::show)
                .onFailure(error -> countsText.set(text.get("status.countsUnknown"))));
    }

    /**
     * Runs {@code step} on the window's thread once the background work queued so far is done and none was asked for
     * meanwhile, idle-time reads included (home's shipment reads), so that building sections ahead never lands while a
     * chosen section still reads, filters and lists its rows. One step waits at a time: asking again replaces it.
     */
    public void afterQueuedWork(Runnable step) {
        boolean waiting = stepAfterQueuedWork != null;
        stepAfterQueuedWork = step;
        if (!waiting) {
            waitForQueuedWork();
        }
    }

    /**
     * Runs {@code step} on the window's thread once no work given is in hand (waiting, running or its answer not yet
     * shown) for two looks 50 ms apart, without waiting for idle-time reads (home's shipment reads take seconds on a
     * large warehouse, longer than a volunteer takes to choose a section; they run on the worker beside this thread).
     * For a step short enough to take between two frames. One step waits at a time: asking again replaces it.
     */
    public void whenNoWorkInHand(Runnable step) {
        stepWhenQuiet = step;
        quietLooks = 0;
        lookAgain.setOnFinished(e -> {
            quietLooks = context.tasks().hasWorkInHand() ? 0 : quietLooks + 1;
            if (quietLooks < QUIET_LOOKS) {
                lookAgain.playFromStart();
                return;
            }
            Runnable due = stepWhenQuiet;
            stepWhenQuiet = null;
            if (due != null) {
                due.run();
            }
        });
        lookAgain.playFromStart();
    }

    private void waitForQueuedWork() {
        context.tasks().execute(BackgroundTask.of(text.get("task.buildAhead"), progress -> null).inIdleTime()
                .onSuccess(ignored -> {
                    if (context.tasks().hasWorkInHand() || context.tasks().hasIdleWork()) {
                        // work asked for meanwhile goes first; this waits behind it (idle-time work never preempts)
                        waitForQueuedWork();
                    } else {
                        Runnable step = stepAfterQueuedWork;
                        stepAfterQueuedWork = null;
                        step.run();
                    }
                }));
    }

    private void show(WarehouseCounts counts) {
        countsText.set(text.get("status.counts", counts.donors(), counts.items(), counts.packages(),
                counts.shipments()));
        databaseEmpty.set(counts.isEmpty() && !emptyStateDismissed);
    }

    /** Loads the sample warehouse in the background; only offered while the database is empty. */
    public void loadSampleWarehouse() {
        if (!databaseEmpty.get() || context.workspace().isReadOnly()) {
            context.dialogs().showInformation(text.get("sample.title"), text.get("sample.notEmpty"));
            return;
        }
        busy.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("sample.title"), progress -> {
                    SampleWarehouse.load(context.workspace(), progress);
                    return null;
                })
                .withProgressWindow()
                .onSuccess(ignored -> {
                    busy.set(false);
                    refresh();
                    dataReplaced.set(dataReplaced.get() + 1);
                })
                .onCancelled(() -> busy.set(false))
                .onFailure(error -> {
                    busy.set(false);
                    refresh();
                    context.dialogs().showError(text.get("sample.failed"), error);
                }));
    }

    public void dismissEmptyState() {
        emptyStateDismissed = true;
        databaseEmpty.set(false);
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText;
    }

    /** The database file's full path, for the tooltip of the status bar. */
    public ReadOnlyStringProperty databasePathProperty() {
        return databasePath;
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText;
    }

    public ReadOnlyStringProperty userTextProperty() {
        return userText;
    }

    public ReadOnlyBooleanProperty databaseEmptyProperty() {
        return databaseEmpty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Counts loads of new data (the sample warehouse), so the shown section reads it again. */
    public ReadOnlyIntegerProperty dataReplacedProperty() {
        return dataReplaced;
    }
}
