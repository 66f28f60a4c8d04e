package org.shipshape.gui.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.Choices;
import org.shipshape.gui.common.Feedback;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.labels.LabelData;
import org.shipshape.logic.labels.LabelPrinting;
import org.shipshape.logic.labels.LabelReport;
import org.shipshape.logic.labels.LabelService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.labels.LabelStock;

/**
 * Box labels of packages: choose the label stock, where on the sheet to start and the printer; write the labels as
 * a PDF (opened in the system viewer) or send them to the printer. All of it runs in the background; the printer
 * chosen for a stock is remembered.
 */
public final class LabelsViewModel {
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final GuiContext context;
    private final LabelService labels;
    private final Messages text = Messages.of(LabelsPane.class);
    private final Path labelFolder;
    private final ObservableList<LabelStock> labelStocks = FXCollections.observableArrayList();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<LabelStock> labelStock = new SimpleObjectProperty<>();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final StringProperty startPositionText = new SimpleStringProperty("1");
    private final Feedback feedback = new Feedback();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public LabelsViewModel(GuiContext context) {
        this.context = context;
        this.labels = new LabelService(context.workspace());
        this.labelFolder = context.workspace().outputFolder().resolve("labels");
        labelStock.addListener((obs, was, now) -> {
            if (now != null && now.printer() != null) {
                printer.set(now.printer());
            }
        });
    }

    /** Reads the label stocks (call when the screen is shown). */
    public void refreshChoices() {
        context.tasks().execute(BackgroundTask.of(text.get("task.stocks"), progress -> labels.stocks())
                .onSuccess(stocks -> {
                    if (Choices.replaceKeeping(labelStocks, stocks, labelStock, LabelStock::code).isEmpty()
                            && !stocks.isEmpty()) {
                        labelStock.set(stocks.get(0));
                    }
                })
                .onFailure(error -> context.dialogs().showError(text.get("error.stocks"), error)));
    }

    /** Finds the printers of this computer (slow on some systems, so only on request). */
    public void refreshPrinters() {
        context.tasks().execute(BackgroundTask.of(text.get("task.printers"), progress -> LabelPrinting.printerNames())
                .onSuccess(found -> {
                    String chosen = printer.get();
                    printers.setAll(found);
                    if (chosen == null && !found.isEmpty()) {
                        printer.set(found.get(0));
                    }
                }));
    }

    /** Writes the labels of these packages as a PDF in the background and opens it in the system viewer. */
    public void openLabels(List<String> numbers) {
        write(numbers, null, written -> context.dialogs().openInSystemViewer(written.file()));
    }

    /** Writes the labels and sends them to the chosen printer, remembering the printer for this label stock. */
    public void printLabels(List<String> numbers) {
        String chosen = printer.get();
        if (chosen == null || chosen.isBlank()) {
            problem(text.get("print.noPrinter"));
            return;
        }
        write(numbers, chosen, written -> success(text.get("print.sent", written.labels(), chosen)));
    }

    /** A labels PDF that was written (and perhaps printed). */
    private record Written(Path file, int labels, List<org.shipshape.model.common.Message> shortened) {
    }

    private void write(List<String> numbers, String printerName, Consumer<Written> then) {
        LabelStock stock = labelStock.get();
        if (numbers.isEmpty() || stock == null) {
            problem(text.get("labels.none"));
            return;
        }
        int start;
        try {
            start = Integer.parseInt(startPositionText.get().trim());
        } catch (NumberFormatException e) {
            problem(text.get("labels.badStart", startPositionText.get().trim()));
            return;
        }
        Path file = labelFolder.resolve("labels-" + LocalDateTime.now().format(FILE_STAMP) + ".pdf");
        busy.set(true);
        context.tasks().execute(BackgroundTask.<Written>of(text.get("labels.task", numbers.size()), progress -> {
            try {
                Files.createDirectories(labelFolder);
                List<LabelData> data = labels.forPackages(numbers);
                LabelReport report = labels.writePdf(data, stock.code(), start, file, progress);
                if (printerName != null) {
                    LabelPrinting.print(file, printerName, text.get("labels.printJob"));
                    labels.rememberPrinter(stock.code(), printerName);
                }
                return new Written(file, report.labels(), report.shortened());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onSuccess(written -> {
            busy.set(false);
            if (written.shortened().isEmpty()) {
                success(text.get("labels.done", written.labels(), file));
            } else {
                problem(text.render(written.shortened(), " "));
            }
            then.accept(written);
        }).onFailure(error -> {
            busy.set(false);
            if (error instanceof UserInputException rejected) {
                problem(String.join(" ", rejected.messages().stream().map(text::render).toList()));
            } else if (printerName != null && Files.exists(file)) {
                context.dialogs().showError(text.get("print.failed", printerName, file), error);
            } else {
                context.dialogs().showError(text.get("labels.failed", file), error);
            }
        }));
    }

    private void success(String sentence) {
        feedback.success(sentence);
    }

    private void problem(String sentence) {
        feedback.problem(sentence);
    }

    public ObservableList<LabelStock> labelStocks() {
        return labelStocks;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<LabelStock> labelStockProperty() {
        return labelStock;
    }

    public ObjectProperty<String> printerProperty() {
        return printer;
    }

    public StringProperty startPositionTextProperty() {
        return startPositionText;
    }

    /** What the last labels command did, or why it could not. */
    public Feedback feedback() {
        return feedback;
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty messageIsProblemProperty() {
        return feedback.problemProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
