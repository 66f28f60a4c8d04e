package org.shipshape.logic.labels;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;

/** Sends a labels PDF to a printer of this computer, at its real size (no scaling, so labels line up). */
public final class LabelPrinting {
    private LabelPrinting() {
    }

    /** Names of the printers this computer knows, default printer first. */
    public static List<String> printerNames() {
        PrintService preferred = PrintServiceLookup.lookupDefaultPrintService();
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName)
                .sorted((a, b) -> preferred != null && a.equals(preferred.getName()) ? -1
                        : preferred != null && b.equals(preferred.getName()) ? 1 : a.compareToIgnoreCase(b))
                .toList();
    }

    public static void print(Path pdf, String printerName, String jobName) throws IOException {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName)).findFirst().orElseThrow(() -> new UserInputException(
                        Message.of("labels.refused.unknownPrinter", printerName)));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPrintService(service);
            job.setPageable(new PDFPageable(document));
            job.print();
        } catch (PrinterException e) {
            throw new IOException("The printer " + printerName + " refused the labels: " + e.getMessage(), e);
        }
    }
}
