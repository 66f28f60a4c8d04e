package org.shipshape.logic.pdf;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Sends a PDF to a printer of this computer at its real size (no scaling: labels and forms line up). */
public final class PdfPrinting {
    private PdfPrinting() {
    }

    /** The printer is not (or no longer) known to this computer. */
    public static final class PrinterUnavailableException extends IOException {
        private final String printerName;

        public PrinterUnavailableException(String printerName) {
            super("Printer not available: " + printerName);
            this.printerName = printerName;
        }

        public String printerName() {
            return printerName;
        }
    }

    /** Names of the printers this computer knows, default printer first. */
    public static List<String> printerNames() {
        PrintService preferred = PrintServiceLookup.lookupDefaultPrintService();
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName)
                .sorted((a, b) -> preferred != null && a.equals(preferred.getName()) ? -1
                        : preferred != null && b.equals(preferred.getName()) ? 1 : a.compareToIgnoreCase(b))
                .toList();
    }

    /** Prints the PDF as one job of the given number of copies. */
    public static void print(Path pdf, String printerName, String jobName, int copies) throws IOException {
        PrintService service = find(printerName).orElseThrow(() -> new PrinterUnavailableException(printerName));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPrintService(service);
            job.setPageable(new PDFPageable(document));
            job.setCopies(copies);
            job.print();
        } catch (PrinterException e) {
            throw new IOException("The printer " + printerName + " refused " + pdf.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Optional<PrintService> find(String printerName) {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName)).findFirst();
    }
}
