package org.shipshape.logic.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.shipshape.logic.pdf.PdfPrinting;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;

/** Sends a labels PDF to a printer of this computer, at its real size (no scaling, so labels line up). */
public final class LabelPrinting {
    private LabelPrinting() {
    }

    /** Names of the printers this computer knows, default printer first. */
    public static List<String> printerNames() {
        return PdfPrinting.printerNames();
    }

    public static void print(Path pdf, String printerName, String jobName) throws IOException {
        try {
            PdfPrinting.print(pdf, printerName, jobName, 1);
        } catch (PdfPrinting.PrinterUnavailableException e) {
            throw new UserInputException(Message.of("labels.refused.unknownPrinter", printerName));
        }
    }
}
