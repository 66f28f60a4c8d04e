package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.model.common.WarehouseCounts;

/** State of the main window: status bar texts, the empty-database offer, and the sample-data command. */
public final class MainViewModel {
    private final GuiContext context;
    private final Messages text = Messages.of(MainView.class);
    private final StringProperty databaseText = new SimpleStringProperty("");
    private final StringProperty countsText = new SimpleStringProperty("");
    private final StringProperty userText = new SimpleStringProperty("");
    private final BooleanProperty databaseEmpty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public MainViewModel(GuiContext context) {
        this.context = context;
        refresh();
    }

    /** Re-reads the counts; cheap (one query). */
    public void refresh() {
        WarehouseCounts counts = context.workspace().counts();
        String path = context.workspace().location();
        databaseText.set(context.workspace().isReadOnly() ? text.get("status.readOnly", path) : path);
        countsText.set(text.get("status.counts", counts.donors(), counts.items(), counts.packages(),
                counts.shipments()));
        userText.set(text.get("status.user", context.workspace().user()));
        databaseEmpty.set(counts.isEmpty());
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
                    context.statusChanged().run();
                })
                .onCancelled(() -> busy.set(false))
                .onFailure(error -> {
                    busy.set(false);
                    refresh();
                    context.dialogs().showError(text.get("sample.failed"), error);
                }));
    }

    public void dismissEmptyState() {
        databaseEmpty.set(false);
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText;
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
}
