package org.shipshape.gui.imports;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.imports.DonorImport;
import org.shipshape.logic.imports.ImportPreview;
import org.shipshape.logic.imports.ImportResult;
import org.shipshape.logic.imports.ItemImport;
import org.shipshape.logic.imports.SpreadsheetImport;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;

/**
 * Importing a spreadsheet: choose the kind and the file, see every problem (FILE:ROW: column: message) before
 * anything is written, then import in one go with progress and cancel. The same file twice needs a confirmation.
 */
public final class ImportViewModel {
    public enum Kind { ITEMS, DONORS }

    private final GuiContext context;
    private final Messages text = Messages.of(ImportView.class);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ITEMS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<ImportPreview<?>> preview = new SimpleObjectProperty<>();
    private final BooleanBinding importable;

    public ImportViewModel(GuiContext context) {
        this.context = context;
        importable = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> preview.get() != null && preview.get().isValid() && preview.get().readyRows() > 0
                        && !busy.get(), preview, busy);
        kind.addListener(obs -> {
            if (file.get() != null) {
                check();
            }
        });
    }

    public void chooseFile() {
        context.dialogs().chooseFileToOpen(text.get("choose.title"), text.get("choose.filter"), "csv", "txt")
                .ifPresent(chosen -> {
                    file.set(chosen);
                    check();
                });
    }

    /** Reads and checks the file in the background; writes nothing. */
    public void check() {
        Path chosen = file.get();
        Kind chosenKind = kind.get();
        if (chosen == null) {
            return;
        }
        busy.set(true);
        preview.set(null);
        problems.clear();
        notes.clear();
        context.tasks().execute(BackgroundTask.<ImportPreview<?>>of(text.get("task.check"), progress ->
                spreadsheet(chosenKind).preview(chosen, progress))
                .onSuccess(result -> {
                    busy.set(false);
                    preview.set(result);
                    problems.setAll(result.problems().stream().map(text::render).toList());
                    notes.setAll(result.notes().stream().map(text::render).toList());
                    summary.set(result.isValid() ? text.get("summary.ready", String.valueOf(result.readyRows()),
                            result.fileName()) : text.get("summary.problems", String.valueOf(result.problems().size()),
                            result.fileName()));
                })
                .onFailure(this::failed)
                .onCancelled(() -> busy.set(false))
                .withProgressWindow());
    }

    /** Writes the checked file in one transaction (after a confirmation when it was imported before). */
    public void importNow() {
        ImportPreview<?> checked = preview.get();
        if (checked == null || !checked.isValid()) {
            return;
        }
        boolean again = checked.isDuplicate();
        if (again && !context.dialogs().confirm(text.get("duplicate.title"), checked.earlierImport().map(text::render).orElse("") + ". "
                + text.get("duplicate.text"), text.get("duplicate.action", checked.fileName()),
                text.get("duplicate.keep"))) {
            return;
        }
        busy.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.import"), progress -> writeOnWorker(checked, again, progress))
                .onSuccess(result -> {
                    busy.set(false);
                    preview.set(null);
                    summary.set(text.get("summary.done", result.written(), result.fileName(), result.newDonors()));
                    context.statusChanged().run();
                })
                .onFailure(this::failed)
                .onCancelled(() -> {
                    busy.set(false);
                    summary.set(text.get("summary.cancelled"));
                })
                .withProgressWindow());
    }

    private SpreadsheetImport<?> spreadsheet(Kind chosen) {
        return chosen == Kind.ITEMS ? new ItemImport(context.workspace()) : new DonorImport(context.workspace());
    }

    /** The preview was made by the import of its kind, so writing it with that import is type-safe. */
    @SuppressWarnings("unchecked")
    private <T> ImportResult writeOnWorker(ImportPreview<?> checked, boolean allowDuplicate, Progress progress) {
        SpreadsheetImport<T> spreadsheet = (SpreadsheetImport<T>) spreadsheet(
                ItemImport.KIND.equals(checked.kind()) ? Kind.ITEMS : Kind.DONORS);
        return spreadsheet.write((ImportPreview<T>) checked, allowDuplicate, progress);
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof UserInputException rejected) {
            problems.setAll(rejected.messages().stream().map(text::render).toList());
            summary.set(text.get("summary.rejected"));
        } else {
            context.dialogs().showError(text.get("error.import"), error);
        }
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding importableProperty() {
        return importable;
    }

    public List<String> columnsHelp() {
        return List.of(text.get("columns." + kind.get().name().toLowerCase(java.util.Locale.ROOT)));
    }
}
