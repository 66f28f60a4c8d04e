package org.shipshape.logic.customs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text and page count of a PDF, as a reader's copy-and-paste would see it, with every run of white space
 * (including the line breaks of wrapped table cells) made one space.
 */
public record PdfText(String text, int pages) {
    public static PdfText of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    public static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfText(new PDFTextStripper().getText(document).replaceAll("\\s+", " "),
                    document.getNumberOfPages());
        }
    }
}
