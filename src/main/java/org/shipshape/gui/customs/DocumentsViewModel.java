package org.shipshape.gui.customs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.DocumentKind;
import org.shipshape.model.customs.DocumentRevision;
import org.shipshape.model.customs.PackProblem;

/**
 * State and commands of the Documents screen: choose a shipment and language, see what the check finds, write a
 * draft or final pack in the background, and reprint stored revisions.
 */
public final class DocumentsViewModel {
    private final GuiContext context;
    private final CustomsDocuments documents;
    private final Messages text = Messages.of(DocumentsView.class);

    private final ObservableList<String> shipments = FXCollections.observableArrayList();
    private final StringProperty shipment = new SimpleStringProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObservableList<PackProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<DocumentRevision> revisions = FXCollections.observableArrayList();
    private final BooleanProperty blocked = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastWritten = new SimpleObjectProperty<>();
    private final PackPrintViewModel printing;

    public DocumentsViewModel(GuiContext context) {
        this.context = context;
        this.documents = new CustomsDocuments(context.workspace());
        this.printing = new PackPrintViewModel(context);
        shipment.addListener((obs, old, now) -> onShipmentChosen(now));
        language.addListener((obs, old, now) -> check());
    }

    /** Reloads the shipment list, keeping the chosen shipment when it still exists. */
    public void refresh() {
        String chosen = shipment.get();
        shipments.setAll(documents.shipmentReferences());
        if (chosen != null && shipments.contains(chosen)) {
            check();
        } else {
            shipment.set(shipments.isEmpty() ? null : shipments.get(0));
        }
    }

    private void onShipmentChosen(String reference) {
        if (reference == null) {
            problems.clear();
            revisions.clear();
            blocked.set(true);
            status.set(text.get("status.noShipment"));
            return;
        }
        Language own = documents.defaultLanguage(reference);
        if (own.equals(language.get())) {
            check();
        } else {
            language.set(own);
        }
    }

    /** Runs the final-pack check for the chosen shipment and language. */
    public void check() {
        String reference = shipment.get();
        if (reference == null) {
            return;
        }
        CustomsDocuments.CheckResult result = documents.check(reference, true, language.get());
        problems.setAll(result.problems());
        blocked.set(result.blocked());
        revisions.setAll(documents.revisions(reference));
        long blocking = result.problems().stream().filter(PackProblem::isBlocking).count();
        status.set(result.problems().isEmpty() ? text.get("status.ready")
                : text.get("status.problems", blocking, result.problems().size() - blocking));
    }

    /** Asks for a folder and writes the pack there in the background; opens the packing list afterwards. */
    public void writePack(boolean draft) {
        String reference = shipment.get();
        if (reference == null) {
            return;
        }
        Optional<Path> folder = context.dialogs().chooseFolder(text.get(draft ? "choose.draft" : "choose.final",
                reference));
        folder.ifPresent(chosen -> writePackTo(reference, draft, chosen));
    }

    void writePackTo(String reference, boolean draft, Path folder) {
        Language chosenLanguage = language.get();
        busy.set(true);
        status.set(text.get("status.writing", reference));
        context.tasks().execute(BackgroundTask.of(text.get("task.title", reference),
                        progress -> documents.writePack(reference, chosenLanguage, draft, folder, progress))
                .withProgressWindow()
                .onSuccess(result -> {
                    busy.set(false);
                    lastWritten.set(folder.resolve(DocumentKind.PACKING_LIST.fileName()));
                    printing.packProperty().set(result);
                    check();
                    status.set(result.revision() == 0 ? text.get("status.draftWritten", folder)
                            : text.get("status.finalWritten", result.revision(), folder));
                    context.statusChanged().run();
                    context.dialogs().openInSystemViewer(lastWritten.get());
                })
                .onCancelled(() -> {
                    busy.set(false);
                    status.set(text.get("status.cancelled"));
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof UserInputException rejected) {
                        check();
                        status.set(text.render(rejected.messages().get(0)));
                    } else {
                        status.set(text.get("status.failed"));
                        context.dialogs().showError(text.get("error.write", reference, folder), error);
                    }
                }));
    }

    /** Asks for a folder and writes the stored documents of the revision there, byte for byte. */
    public void reprint(DocumentRevision revision) {
        if (revision == null) {
            return;
        }
        context.dialogs().chooseFolder(text.get("choose.reprint", revision.revision())).ifPresent(folder ->
                reprintTo(revision, folder));
    }

    void reprintTo(DocumentRevision revision, Path folder) {
        try {
            List<Path> files = documents.reprintPack(shipment.get(), revision.revision(), folder);
            status.set(text.get("status.reprinted", revision.revision(), files.size(), folder));
            lastWritten.set(files.get(0));
            context.dialogs().openInSystemViewer(files.get(0));
        } catch (RuntimeException e) {
            context.dialogs().showError(text.get("error.reprint", revision.revision(), folder), e);
        }
    }

    public ObservableList<String> shipments() {
        return shipments;
    }

    public StringProperty shipmentProperty() {
        return shipment;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public ObservableList<PackProblem> problems() {
        return problems;
    }

    public ObservableList<DocumentRevision> revisions() {
        return revisions;
    }

    /** True while a blocking problem remains (the final pack would be refused). */
    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding finalDisabled() {
        return blocked.or(busy).or(shipment.isNull());
    }

    public BooleanBinding draftDisabled() {
        return busy.or(shipment.isNull());
    }

    public BooleanBinding reprintDisabled() {
        return Bindings.isEmpty(revisions).or(busy);
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Path> lastWrittenProperty() {
        return lastWritten;
    }

    /** Printing the pack written last. */
    public PackPrintViewModel printing() {
        return printing;
    }
}
