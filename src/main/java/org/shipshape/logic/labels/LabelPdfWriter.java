package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.shipshape.logic.pdf.ContentWriter;
import org.shipshape.logic.pdf.PdfFonts;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.packing.PackageNumbers;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.labels.LabelStock;

/**
 * Writes box labels onto a label stock as one PDF: one document and one set of embedded (subset) fonts for all
 * labels, so a full container (1,500 labels) takes a second or two. Printing may start at any position of a
 * partly used first sheet; the stock's calibration offset shifts every label.
 */
public final class LabelPdfWriter {
    private static final float MM = VectorBarcodes.POINTS_PER_MM;
    private static final float MIN_TEXT = 5f;
    private static final HandlingMark[] MARK_ORDER = {HandlingMark.THIS_SIDE_UP, HandlingMark.FRAGILE,
        HandlingMark.DO_NOT_STACK, HandlingMark.HEAVY, HandlingMark.ELECTRICAL};

    private LabelPdfWriter() {
    }

    /**
     * @param startPosition 1-based position on the first sheet (row by row, left to right) of the first label
     */
    public static LabelReport write(List<LabelData> labels, LabelStock stock, int startPosition, OutputStream out,
                                    Progress progress) throws IOException {
        return write(labels, stock, startPosition, LabelSender.NONE, out, progress);
    }

    /**
     * @param startPosition 1-based position on the first sheet (row by row, left to right) of the first label
     * @param sender        the organisation printed on every label as the sender
     */
    public static LabelReport write(List<LabelData> labels, LabelStock stock, int startPosition, LabelSender sender,
                                    OutputStream out, Progress progress) throws IOException {
        return write(labels, stock, startPosition, sender, out, progress, new LabelsAhead());
    }

    /**
     * @param ahead where the labels' QR codes may already be encoding (those missing are started here); it is
     *              emptied when the labels are written or refused
     */
    static LabelReport write(List<LabelData> labels, LabelStock stock, int startPosition, LabelSender sender,
                             OutputStream out, Progress progress, LabelsAhead ahead) throws IOException {
        try {
            return writeLabels(labels, stock, startPosition, sender, out, progress, ahead);
        } finally {
            ahead.clear();
        }
    }

    private static LabelReport writeLabels(List<LabelData> labels, LabelStock stock, int startPosition,
                                           LabelSender sender, OutputStream out, Progress progress,
                                           LabelsAhead qrCodes) throws IOException {
        int perPage = stock.labelsPerPage();
        if (startPosition < 1 || startPosition > perPage) {
            throw new UserInputException(Message.of("labels.refused.startPosition", startPosition, perPage,
                    stock.name()));
        }
        if (labels.isEmpty()) {
            throw new UserInputException(Message.of("labels.refused.none"));
        }
        List<Message> unprintable = labels.stream().map(LabelData::packageNumber)
                .flatMap(number -> PackageNumbers.problem(number).stream())
                .map(problem -> Message.of("labels.unprintableNumber", problem)).toList();
        if (!unprintable.isEmpty()) {
            throw new UserInputException(unprintable);
        }
        List<Message> shortened = new ArrayList<>();
        int pages = 0;
        try (PDDocument document = new PDDocument()) {
            qrCodes.encode(labels.stream().map(LabelData::packageNumber).toList());
            PdfFonts fonts = PdfFonts.load(document);
            PDResources pageResources = new PDResources();
            LabelText measure = new LabelText(pageResources);
            SenderBand band = new SenderBand(sender, sender.logo() == null ? null
                    : PDImageXObject.createFromByteArray(document, sender.logo(), "logo"), pageResources);
            PDRectangle pageSize = new PDRectangle(LabelLayout.pageWidth(stock), LabelLayout.pageHeight(stock));
            // each page's operators are collected here and handed to the page as one compressed stream
            ContentWriter content = new ContentWriter();
            PDPage page = null;
            int slot = startPosition - 1;
            for (int i = 0; i < labels.size(); i++) {
                if (page == null || slot == perPage) {
                    if (page != null) {
                        page.setContents(content.toStream(document));
                        slot = 0;
                    }
                    page = new PDPage(pageSize);
                    page.setResources(pageResources);
                    document.addPage(page);
                    pages++;
                }
                LabelLayout.Box box = LabelLayout.slot(stock, slot);
                LabelData label = labels.get(i);
                if (drawLabel(content, fonts, measure, label, qrCodes.take(label.packageNumber()), band, box.x(),
                        box.y(), box.width(), box.height(), stock.dpi())) {
                    shortened.add(Message.of("labels.shortened", label.packageNumber()));
                }
                slot++;
                if (i % 50 == 0) {
                    if (progress.isCancelled()) {
                        throw new CancelledException();
                    }
                    progress.report(i, labels.size(), null);
                }
            }
            page.setContents(content.toStream(document));
            document.save(out);
            fonts.release();
        }
        return new LabelReport(labels.size(), pages, shortened);
    }

    /** Draws one label in the box (x, y bottom-left, w x h points); returns true when text had to be cut. */
    static boolean drawLabel(ContentWriter out, PdfFonts fonts, LabelText measure, LabelData label,
                             boolean[][] qrCode, SenderBand sender, float x, float y, float w, float h, Integer dpi) {
        PDType0Font bold = fonts.bold();
        PDType0Font regular = fonts.regular();
        boolean small = h < 60 * MM;
        float pad = (small ? 2.5f : 4f) * MM;
        float left = x + pad;
        float bottom = y + pad;
        float width = w - 2 * pad;
        float height = h - 2 * pad;
        float top = bottom + height;
        boolean cut = false;

        // QR code, top right, with the header text beside it.
        float qrSize = Math.min(Math.min(height * 0.34f, width * 0.3f), 32 * MM);
        VectorBarcodes.drawQr(out, qrCode, left + width - qrSize, top, qrSize);
        float column = width - qrSize - 1.5f * MM;

        FittedText number = FittedText.fitLine(measure, bold, label.packageNumber(), column, Math.min(qrSize * 0.55f, 48f),
                MIN_TEXT);
        cut |= number.shortened();
        float cursor = top - number.size() * 0.76f;
        measure.show(out, bold, number.size(), left, cursor, number.lines().get(0));
        cursor -= number.size() * 0.3f;

        List<String> header = new ArrayList<>();
        if (label.total() > 0) {
            header.add(label.position() + " of " + label.total());
        }
        if (!label.shipmentReference().isBlank()) {
            header.add(label.shipmentReference());
        }
        float headerBottom = top - qrSize;
        if (!header.isEmpty() && cursor - headerBottom > MIN_TEXT) {
            FittedText fitted = FittedText.fit(measure, bold, header, column, cursor - headerBottom, Math.min(16f,
                    number.size() * 0.6f), MIN_TEXT);
            cut |= fitted.shortened();
            cursor = lines(out, measure, bold, fitted, left, cursor);
        }
        cursor = Math.min(cursor, headerBottom) - 1f * MM;

        // Bottom band: barcode with its text, then weight and marks above it.
        boolean[] bars = VectorBarcodes.code128(label.packageNumber());
        float module = VectorBarcodes.moduleWidth(bars.length, width, dpi);
        float barHeight = Math.max(VectorBarcodes.MIN_BAR_HEIGHT_MM * MM, Math.min(15 * MM, height * 0.16f));
        float humanSize = Math.max(MIN_TEXT, Math.min(10f, height * 0.05f));
        float codeWidth = bars.length * module;
        float barsX = left + (width - codeWidth) / 2;
        float barsY = bottom + humanSize * 1.1f;
        VectorBarcodes.drawCode128(out, bars, barsX, barsY, module, barHeight);
        String human = PdfFonts.printable(regular, label.packageNumber());
        float humanWidth = measure.unitWidth(regular, human) * humanSize;
        measure.show(out, regular, humanSize, left + (width - humanWidth) / 2, bottom + humanSize * 0.15f, human);

        float rowHeight = Math.max(6 * MM, Math.min(height * 0.11f, 16 * MM));
        float rowBottom = barsY + barHeight + 1.5f * MM;
        List<HandlingMark> marks = new ArrayList<>();
        for (HandlingMark mark : MARK_ORDER) {
            if (label.marks().contains(mark)) {
                marks.add(mark);
            }
        }
        float markSize = rowHeight;
        float marksWidth = marks.size() * (markSize + 1 * MM);
        float markX = left + width - marksWidth + 1 * MM;
        for (HandlingMark mark : marks) {
            Pictograms.draw(out, measure, bold, mark, markX, rowBottom, markSize);
            markX += markSize + 1 * MM;
        }
        String weight = label.grossKg() == null ? "Gross: ______ kg"
                : "Gross: " + label.grossKg().stripTrailingZeros().toPlainString() + " kg";
        FittedText weightText = FittedText.fitLine(measure, bold, weight, Math.max(10 * MM, width - marksWidth - 2 * MM),
                Math.min(rowHeight * 0.55f, 16f), MIN_TEXT);
        cut |= weightText.shortened();
        measure.show(out, bold, weightText.size(), left, rowBottom + (rowHeight - weightText.size() * 0.7f) / 2,
                weightText.lines().get(0));

        // Middle: destination and consignee, then contents in English and the document language.
        float middleBottom = rowBottom + rowHeight + 1 * MM;
        List<String> destination = new ArrayList<>();
        String to = (label.destination() + (label.consignee().isBlank() ? "" : " - " + label.consignee())).trim();
        if (!to.isEmpty()) {
            destination.add("To: " + to);
        }
        if (!destination.isEmpty() && cursor - middleBottom > MIN_TEXT) {
            FittedText fitted = FittedText.fit(measure, bold, destination, width, Math.min((cursor - middleBottom) * 0.4f,
                    30f), Math.min(12f, small ? 8f : 12f), MIN_TEXT);
            cut |= fitted.shortened();
            cursor = lines(out, measure, bold, fitted, left, cursor) - 0.5f * MM;
        }
        if (!sender.sender().isEmpty() && cursor - middleBottom > MIN_TEXT * 3) {
            cursor = sender.draw(out, measure, regular, left, cursor, width, Math.min(small ? 7 * MM : 10 * MM,
                    (cursor - middleBottom) * 0.3f));
            cut |= sender.shortened();
        }
        List<String> contents = new ArrayList<>();
        if (!label.contents().isEmpty()) {
            contents.add(String.join("; ", label.contents()));
        }
        if (!label.localContents().isEmpty()) {
            contents.add(String.join("; ", label.localContents()));
        }
        if (!contents.isEmpty()) {
            float room = cursor - middleBottom;
            if (room < MIN_TEXT * 1.2f) {
                cut = true;
            } else {
                FittedText fitted = FittedText.fit(measure, regular, contents, width, room, small ? 9f : 13f, MIN_TEXT);
                cut |= fitted.shortened();
                lines(out, measure, regular, fitted, left, cursor);
            }
        }
        return cut;
    }

    /** The sender's band: the logo at its left, "From: name, address" fitted beside it. */
    static final class SenderBand {
        private final LabelSender sender;
        private final PDImageXObject logo;
        private final COSName logoName;
        private boolean shortened;

        SenderBand(LabelSender sender, PDImageXObject logo, PDResources pageResources) {
            this.sender = sender;
            this.logo = logo;
            this.logoName = logo == null ? null : pageResources.add(logo);
        }

        LabelSender sender() {
            return sender;
        }

        /** Whether the last band drawn had to cut the address. */
        boolean shortened() {
            return shortened;
        }

        /** Draws the band below {@code top}, at most {@code height} tall; returns the y below it. */
        float draw(ContentWriter out, LabelText measure, PDType0Font font, float left, float top, float width,
                   float height) {
            float logoWidth = 0;
            if (logo != null) {
                logoWidth = Math.min(width / 4, height * logo.getWidth() / Math.max(1, logo.getHeight()));
                float logoHeight = logoWidth * logo.getHeight() / Math.max(1, logo.getWidth());
                out.operator("q").number(logoWidth).number(0f).number(0f).number(logoHeight).number(left)
                        .number(top - logoHeight).operator("cm").name(logoName).operator("Do").operator("Q");
                logoWidth += 1.5f * MM;
            }
            shortened = false;
            if (!sender.text().isBlank()) {
                String line = (sender.fromWord().isBlank() ? "" : sender.fromWord() + ": ") + sender.text();
                FittedText fitted = FittedText.fit(measure, font, List.of(line), width - logoWidth, height,
                        Math.min(9f, height / 1.2f), MIN_TEXT);
                shortened = fitted.shortened();
                lines(out, measure, font, fitted, left + logoWidth, top);
            }
            return top - height - 0.5f * MM;
        }
    }

    /** Draws fitted lines from the top line's top edge; returns the y below the last line. */
    private static float lines(ContentWriter out, LabelText measure, PDType0Font font, FittedText fitted,
                               float x, float top) {
        float baseline = top - fitted.size() * 0.9f;
        for (String line : fitted.lines()) {
            measure.show(out, font, fitted.size(), x, baseline, line);
            baseline -= fitted.leading();
        }
        return baseline + fitted.leading() - fitted.size() * 0.3f;
    }
}
