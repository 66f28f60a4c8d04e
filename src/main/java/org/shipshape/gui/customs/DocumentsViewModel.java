package org.shipshape.gui.customs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.shipshape.gui.common.Choices;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Severity;
import org.shipshape.model.customs.DocumentKind;
import org.shipshape.model.customs.DocumentRevision;
import org.shipshape.model.common.Message;
import org.shipshape.model.customs.PackProblem;

/**
 * State and commands of the Documents screen: choose a shipment and language, see what the check finds (grouped by
 * kind, so 2,000 lines with the same problem are one line to open), write a draft or final pack, and reprint stored
 * revisions. The chosen shipment stays chosen when the list is read again. Everything that reads or writes runs in
 * the background.
 */
public final class DocumentsViewModel {
    /** Problems of one kind (same severity and same fix), as one line that opens to the single ones. */
    public record ProblemGroup(Severity severity, Message fix, List<PackProblem> problems) {
        public boolean isBlocking() {
            return severity == Severity.BLOCK;
        }
    }

    private final GuiContext context;
    private final CustomsDocuments documents;
    private final Messages text = Messages.of(DocumentsView.class);

    private final ObservableList<String> shipments = FXCollections.observableArrayList();
    private final StringProperty shipment = new SimpleStringProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObservableList<ProblemGroup> problems = FXCollections.observableArrayList();
    private final ObservableList<DocumentRevision> revisions = FXCollections.observableArrayList();
    private final BooleanProperty blocked = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsProblem = new SimpleBooleanProperty();
    private final StringProperty noProblemsText = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastWritten = new SimpleObjectProperty<>();
    private long checks;
    /** Set while the screen itself sets the language of a newly chosen shipment. */
    private boolean choosing;
    private final PackPrintViewModel printing;

    public DocumentsViewModel(GuiContext context) {
        this.context = context;
        this.documents = new CustomsDocuments(context.workspace());
        this.printing = new PackPrintViewModel(context);
        shipment.addListener((obs, old, now) -> {
            if (now == null || !now.equals(old)) {
                onShipmentChosen(now);
            }
        });
        language.addListener((obs, old, now) -> {
            if (!choosing) {
                check();
            }
        });
        showNoShipment();
    }

    /** Reads the shipment list again, keeping the chosen shipment when it still exists. */
    public void refresh() {
        checking.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.read"), progress -> documents.shipmentReferences())
                .onSuccess(references -> {
                    if (Choices.replaceKeeping(shipments, references, shipment, r -> r).isPresent()) {
                        check();
                    } else if (references.isEmpty()) {
                        shipment.set(null);
                        showNoShipment();
                    } else {
                        shipment.set(references.get(0));
                    }
                })
                .onFailure(this::failedToRead));
    }

    private void showNoShipment() {
        checks++;
        problems.clear();
        revisions.clear();
        blocked.set(true);
        checking.set(false);
        noProblemsText.set(text.get("problems.noShipment"));
        report("", false); // the check area already says to choose a shipment; a green line would read as success
    }

    private void onShipmentChosen(String reference) {
        if (reference == null) {
            showNoShipment();
            return;
        }
        checking.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.read"), progress -> documents.defaultLanguage(
                reference)).onSuccess(own -> {
                    if (!reference.equals(shipment.get())) {
                        return;
                    }
                    choosing = true;
                    try {
                        language.set(own);
                    } finally {
                        choosing = false;
                    }
                    check();
                }).onFailure(this::failedToRead));
    }

    /** Runs the final-pack check for the chosen shipment and language in the background. */
    public void check() {
        String reference = shipment.get();
        if (reference == null) {
            showNoShipment();
            return;
        }
        long mine = ++checks;
        Language chosenLanguage = language.get();
        checking.set(true);
        report(text.get("status.checking", reference), false);
        context.tasks().execute(BackgroundTask.of(text.get("task.check", reference), progress -> new Checked(
                documents.check(reference, true, chosenLanguage), documents.revisions(reference)))
                .onSuccess(checked -> {
                    if (mine != checks) {
                        return;
                    }
                    checking.set(false);
                    show(checked);
                })
                .onFailure(error -> {
                    checking.set(false);
                    failedToRead(error);
                }));
    }

    private record Checked(CustomsDocuments.CheckResult result, List<DocumentRevision> revisions) {
    }

    private void show(Checked checked) {
        List<PackProblem> found = checked.result().problems();
        problems.setAll(group(found));
        blocked.set(checked.result().blocked());
        revisions.setAll(checked.revisions());
        noProblemsText.set(text.get("problems.none"));
        long blocking = found.stream().filter(PackProblem::isBlocking).count();
        if (found.isEmpty()) {
            report(text.get("status.ready"), false);
        } else {
            report(text.get("status.problems", blocking, found.size() - blocking), blocking > 0);
        }
    }

    /** Groups problems of the same kind (severity and fix), blocking ones first, in the order found. */
    static List<ProblemGroup> group(List<PackProblem> found) {
        Map<List<Object>, List<PackProblem>> byKind = new LinkedHashMap<>();
        found.stream().filter(PackProblem::isBlocking).forEach(p -> byKind.computeIfAbsent(
                List.of(p.severity(), p.fix()), k -> new ArrayList<>()).add(p));
        found.stream().filter(p -> !p.isBlocking()).forEach(p -> byKind.computeIfAbsent(
                List.of(p.severity(), p.fix()), k -> new ArrayList<>()).add(p));
        return byKind.values().stream().map(list -> new ProblemGroup(list.get(0).severity(), list.get(0).fix(),
                List.copyOf(list))).toList();
    }

    /** Asks for a folder and writes the pack there in the background; opens the packing list afterwards. */
    public void writePack(boolean draft) {
        String reference = shipment.get();
        if (reference == null) {
            return;
        }
        context.dialogs().chooseFolder(text.get(draft ? "choose.draft" : "choose.final", reference))
                .ifPresent(chosen -> writePackTo(reference, draft, chosen));
    }

    void writePackTo(String reference, boolean draft, Path folder) {
        Language chosenLanguage = language.get();
        busy.set(true);
        report(text.get("status.writing", reference), false);
        context.tasks().execute(BackgroundTask.of(text.get("task.title", reference),
                        progress -> documents.writePack(reference, chosenLanguage, draft, folder, progress))
                .withProgressWindow()
                .onSuccess(result -> {
                    busy.set(false);
                    lastWritten.set(folder.resolve(DocumentKind.PACKING_LIST.fileName()));
                    printing.packProperty().set(result);
                    check();
                    String written = result.revision() == 0 ? text.get("status.draftWritten", folder)
                            : text.get("status.finalWritten", result.revision(), folder);
                    after(() -> report(written, false));
                    context.dialogs().openInSystemViewer(lastWritten.get());
                })
                .onCancelled(() -> {
                    busy.set(false);
                    report(text.get("status.cancelled"), true);
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof UserInputException rejected) {
                        check();
                        String why = text.render(rejected.messages().get(0));
                        after(() -> report(why, true));
                    } else {
                        report(text.get("status.failed"), true);
                        context.dialogs().showError(text.get("error.write", reference, folder), error);
                    }
                }));
    }

    /** Runs after the work given to the background worker so far (such as the check that follows a write). */
    private void after(Runnable then) {
        context.tasks().execute(BackgroundTask.<Void>of(text.get("task.read"), progress -> null)
                .onSuccess(ignored -> then.run()));
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
        String reference = shipment.get();
        busy.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.reprint", revision.revision()),
                progress -> documents.reprintPack(reference, revision.revision(), folder)).onSuccess(files -> {
                    busy.set(false);
                    report(text.get("status.reprinted", revision.revision(), files.size(), folder), false);
                    lastWritten.set(files.get(0));
                    context.dialogs().openInSystemViewer(files.get(0));
                }).onFailure(error -> {
                    busy.set(false);
                    context.dialogs().showError(text.get("error.reprint", revision.revision(), folder), error);
                }));
    }

    private void failedToRead(Throwable error) {
        checking.set(false);
        context.dialogs().showError(text.get("error.read"), error);
    }

    private void report(String sentence, boolean problem) {
        statusIsProblem.set(problem);
        status.set(sentence);
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

    /** The problems found, grouped by kind. */
    public ObservableList<ProblemGroup> problems() {
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

    /** True while the shipment is being checked (its problems list is not filled yet). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public BooleanBinding finalDisabled() {
        return blocked.or(busy).or(checking).or(shipment.isNull());
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

    public ReadOnlyBooleanProperty statusIsProblemProperty() {
        return statusIsProblem;
    }

    /** What the empty problems list says: choose a shipment, or nothing blocks the final pack. */
    public StringProperty noProblemsTextProperty() {
        return noProblemsText;
    }

    public ObjectProperty<Path> lastWrittenProperty() {
        return lastWritten;
    }

    /** Printing the pack written last. */
    public PackPrintViewModel printing() {
        return printing;
    }
}
