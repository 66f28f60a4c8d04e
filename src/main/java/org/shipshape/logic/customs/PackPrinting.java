package org.shipshape.logic.customs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shipshape.logic.pdf.PdfPrinting;
import org.shipshape.logic.task.Progress;
import org.shipshape.model.customs.DocumentKind;

/**
 * Sends a written customs pack to a printer, each document as many times as asked (the customs office, the
 * partner, the parcel marked "Packing list", the container door each want their copy); 0 copies leaves a document
 * out. Documents go in pack order, one print job each, named by their document number.
 */
public final class PackPrinting {
    /** The most copies of one document one print asks for: more is a typing mistake, not a need. */
    public static final int MAX_COPIES = 20;

    /** Where a document goes: a printer of this computer ({@link #printer(String)}), or a test's recording. */
    @FunctionalInterface
    public interface Printer {
        void print(Path pdf, String jobName, int copies) throws IOException;
    }

    /** One document sent to the printer. */
    public record Printed(DocumentKind kind, Path file, int copies) {
    }

    private PackPrinting() {
    }

    public static Printer printer(String printerName) {
        return (pdf, jobName, copies) -> PdfPrinting.print(pdf, printerName, jobName, copies);
    }

    /** One copy of every document: what the screen offers before the volunteer changes it. */
    public static Map<DocumentKind, Integer> oneOfEach() {
        Map<DocumentKind, Integer> copies = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            copies.put(kind, 1);
        }
        return copies;
    }

    /**
     * Prints the pack's files (as {@link CustomsDocuments#writePack} returned them) in pack order; cancelling
     * stops before the next document (the progress window names the pack, so no text is reported here).
     *
     * @param copies per document; a document missing from the map is printed once
     * @return what was sent, in order
     */
    public static List<Printed> print(String shipmentReference, List<Path> files, Map<DocumentKind, Integer> copies,
            Printer printer, Progress progress) throws IOException {
        List<Printed> toPrint = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            int wanted = copies.getOrDefault(kind, 1);
            if (wanted < 0 || wanted > MAX_COPIES) {
                throw new IllegalArgumentException("Copies of " + kind.code() + " must be 0-" + MAX_COPIES
                        + ", not " + wanted);
            }
            files.stream().filter(file -> file.getFileName().toString().equals(kind.fileName())).findFirst()
                    .filter(file -> wanted > 0)
                    .ifPresent(file -> toPrint.add(new Printed(kind, file, wanted)));
        }
        List<Printed> sent = new ArrayList<>();
        for (Printed document : toPrint) {
            progress.checkCancelled();
            printer.print(document.file(), document.kind().documentNumber(shipmentReference), document.copies());
            sent.add(document);
        }
        return sent;
    }
}
