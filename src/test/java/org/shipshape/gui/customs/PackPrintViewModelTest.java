package org.shipshape.gui.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.customs.CustomsDocuments.PackResult;
import org.shipshape.logic.customs.PackPrinting;
import org.shipshape.logic.pdf.PdfPrinting;
import org.shipshape.model.customs.DocumentKind;

class PackPrintViewModelTest {
    private record Job(String printer, String file, String name, int copies) {
    }

    private final List<Job> jobs = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private List<String> printersOfThisComputer = List.of("Office laser", "Label printer");
    private final PackPrintViewModel viewModel = new PackPrintViewModel(
            new GuiContext(null, new CurrentThreadTaskExecutor(), dialogs, () -> { }),
            () -> printersOfThisComputer,
            printer -> (pdf, name, copies) -> {
                if (printer.equals("Unplugged")) {
                    throw new PdfPrinting.PrinterUnavailableException(printer);
                }
                jobs.add(new Job(printer, pdf.getFileName().toString(), name, copies));
            });

    private static PackResult pack() {
        return new PackResult("MLI-2026-01", 0, List.of(Path.of("out/packing-list.pdf"),
                Path.of("out/proforma-invoice.pdf"), Path.of("out/door-summary.pdf")), List.of());
    }

    @Test
    void printIsPossibleOnlyWithAWrittenPackAndAPrinter() {
        assertThat(viewModel.printDisabled().get()).isTrue();
        viewModel.refreshPrinters();
        assertThat(viewModel.printerProperty().get()).isEqualTo("Office laser");
        assertThat(viewModel.printDisabled().get()).isTrue();

        viewModel.packProperty().set(pack());

        assertThat(viewModel.printDisabled().get()).isFalse();
    }

    @Test
    void printsEveryDocumentWithItsCopiesOnTheChosenPrinter() {
        viewModel.refreshPrinters();
        viewModel.printerProperty().set("Label printer");
        viewModel.copiesProperty(DocumentKind.PACKING_LIST).set(3);
        viewModel.copiesProperty(DocumentKind.PROFORMA_INVOICE).set(0);
        viewModel.packProperty().set(pack());

        viewModel.print();

        assertThat(jobs).containsExactly(
                new Job("Label printer", "packing-list.pdf", "MLI-2026-01-PL", 3),
                new Job("Label printer", "door-summary.pdf", "MLI-2026-01-DS", 1));
        assertThat(viewModel.statusProperty().get()).contains("2 document(s)", "4 copies", "Label printer");
        assertThat(viewModel.printDisabled().get()).isFalse();
    }

    @Test
    void aComputerWithoutPrintersSaysWhatToDo() {
        printersOfThisComputer = List.of();

        viewModel.refreshPrinters();

        assertThat(viewModel.printerProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).contains("no printer", "Find printers");
    }

    @Test
    void aPrinterThatDisappearedIsNamedWithoutAnErrorDialog() {
        printersOfThisComputer = List.of("Unplugged");
        viewModel.refreshPrinters();
        viewModel.packProperty().set(pack());

        viewModel.print();

        assertThat(jobs).isEmpty();
        assertThat(viewModel.statusProperty().get()).contains("Unplugged", "not available");
        assertThat(dialogs.errors).isEmpty();
    }
}
