package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.logic.pdf.PdfFonts;
import org.shipshape.model.labels.LabelStock;

/**
 * The calibration page of a label stock: one page of the stock with every label's outline drawn where labels will
 * print (margins, pitch and the calibration offset applied), a cross at each label's top-left corner, the label's
 * number, and a 100 mm scale bar to check the printer does not scale. Printed on real label paper, the outlines
 * should sit on the labels' edges; the difference, measured with a ruler, is the offset to enter.
 */
public final class LabelTestPage {
    /** Length of the scale bar: measured on paper, it shows whether the printer scaled the page. */
    public static final float SCALE_BAR_MM = 100f;
    private static final float MM = LabelLayout.POINTS_PER_MM;
    private static final float CROSS_MM = 4f;

    private LabelTestPage() {
    }

    /**
     * @param instructions lines printed in the middle of the page, already in the user's language
     */
    public static void write(LabelStock stock, List<String> instructions, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            PDPage page = new PDPage(new PDRectangle(LabelLayout.pageWidth(stock), LabelLayout.pageHeight(stock)));
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.setLineWidth(0.3f);
                for (int position = 0; position < stock.labelsPerPage(); position++) {
                    LabelLayout.Box box = LabelLayout.slot(stock, position);
                    cs.addRect(box.x(), box.y(), box.width(), box.height());
                    cs.stroke();
                    cross(cs, box.x(), box.top());
                    String number = String.valueOf(position + 1);
                    float size = Math.min(14f, box.height() / 4);
                    text(cs, fonts.bold(), size, box.x() + box.width() / 2 - fonts.bold().getStringWidth(number)
                            / 1000f * size / 2, box.y() + box.height() / 2 - size / 2, number);
                }
                scaleBar(cs, stock);
                float size = 7f;
                float y = LabelLayout.pageHeight(stock) / 2 - 8 * MM;
                PDType0Font regular = fonts.regular();
                for (String line : instructions) {
                    String printable = PdfFonts.printable(regular, line);
                    float width = regular.getStringWidth(printable) / 1000f * size;
                    text(cs, regular, size, Math.max(2 * MM, (LabelLayout.pageWidth(stock) - width) / 2), y, printable);
                    y -= size * 1.3f;
                }
            }
            document.save(out);
        }
    }

    private static void cross(PDPageContentStream cs, float x, float y) throws IOException {
        float half = CROSS_MM * MM / 2;
        cs.moveTo(x - half, y);
        cs.lineTo(x + half, y);
        cs.moveTo(x, y - half);
        cs.lineTo(x, y + half);
        cs.stroke();
    }

    /** A bar of exactly 100 mm (or the page width less margins, on narrow stock) with a tick every 10 mm. */
    private static void scaleBar(PDPageContentStream cs, LabelStock stock) throws IOException {
        float length = Math.min(SCALE_BAR_MM, (float) stock.pageWidthMm() - 10) * MM;
        float x = (LabelLayout.pageWidth(stock) - length) / 2;
        float y = LabelLayout.pageHeight(stock) / 2;
        cs.moveTo(x, y);
        cs.lineTo(x + length, y);
        for (float tick = 0; tick <= length + 0.01f; tick += 10 * MM) {
            cs.moveTo(x + tick, y - 1.5f * MM);
            cs.lineTo(x + tick, y + 1.5f * MM);
        }
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
