package org.shipshape.gui.customs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.customs.CustomsDocuments.PackResult;
import org.shipshape.logic.customs.PackPrinting;
import org.shipshape.logic.pdf.PdfPrinting;
import org.shipshape.model.customs.DocumentKind;

/**
 * Printing the pack just written: the printer, how many copies of each document, and the print command (in the
 * background, one job per document). Part of the Documents screen.
 */
public final class PackPrintViewModel {
    private final GuiContext context;
    private final Messages text = Messages.of(DocumentsView.class);
    private final Supplier<List<String>> findPrinters;
    private final Function<String, PackPrinting.Printer> printerNamed;

    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty printer = new SimpleStringProperty();
    private final Map<DocumentKind, IntegerProperty> copies = new EnumMap<>(DocumentKind.class);
    private final ObjectProperty<PackResult> pack = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    PackPrintViewModel(GuiContext context) {
        this(context, PdfPrinting::printerNames, PackPrinting::printer);
    }

    PackPrintViewModel(GuiContext context, Supplier<List<String>> findPrinters,
            Function<String, PackPrinting.Printer> printerNamed) {
        this.context = context;
        this.findPrinters = findPrinters;
        this.printerNamed = printerNamed;
        PackPrinting.oneOfEach().forEach((kind, count) -> copies.put(kind, new SimpleIntegerProperty(count)));
    }

    /** Finds the printers of this computer (slow on some systems, so only on request). */
    public void refreshPrinters() {
        printers.setAll(findPrinters.get());
        if (printer.get() == null || !printers.contains(printer.get())) {
            printer.set(printers.isEmpty() ? null : printers.get(0));
        }
        status.set(printers.isEmpty() ? text.get("print.noPrinters") : "");
    }

    /** Sends the pack's documents to the chosen printer, each with its number of copies. */
    public void print() {
        PackResult written = pack.get();
        String chosen = printer.get();
        if (written == null || chosen == null) {
            return;
        }
        Map<DocumentKind, Integer> wanted = new EnumMap<>(DocumentKind.class);
        copies.forEach((kind, count) -> wanted.put(kind, count.get()));
        busy.set(true);
        status.set(text.get("print.sending", written.shipmentReference(), chosen));
        context.tasks().execute(BackgroundTask.of(text.get("print.task", written.shipmentReference()),
                        progress -> {
                            try {
                                return PackPrinting.print(written.shipmentReference(), written.files(), wanted,
                                        printerNamed.apply(chosen), progress);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        })
                .withProgressWindow()
                .onSuccess(sent -> {
                    busy.set(false);
                    status.set(text.get("print.sent", sent.size(),
                            sent.stream().mapToInt(PackPrinting.Printed::copies).sum(), chosen));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    status.set(text.get("print.cancelled"));
                })
                .onFailure(error -> {
                    busy.set(false);
                    Throwable cause = error instanceof java.io.UncheckedIOException ? error.getCause() : error;
                    if (cause instanceof PdfPrinting.PrinterUnavailableException) {
                        status.set(text.get("print.unavailable", chosen));
                    } else {
                        status.set(text.get("print.failed", chosen));
                        context.dialogs().showError(text.get("error.print", written.shipmentReference(), chosen),
                                error);
                    }
                }));
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public StringProperty printerProperty() {
        return printer;
    }

    public IntegerProperty copiesProperty(DocumentKind kind) {
        return copies.get(kind);
    }

    /** The pack written last on this screen: what Print sends. */
    public ObjectProperty<PackResult> packProperty() {
        return pack;
    }

    public BooleanBinding printDisabled() {
        return pack.isNull().or(printer.isNull()).or(busy);
    }

    public StringProperty statusProperty() {
        return status;
    }
}
