package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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
import org.shipshape.logic.task.Futures;
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
    /** About how many labels one drawing task draws (whole pages). */
    private static final int LABELS_PER_RUN = 16;
    /** The threads drawing label pages: one per core (the thread assembling the document mostly waits for them). */
    private static final ExecutorService DRAWERS = LabelsAhead.daemonPool("label-pages",
            Runtime.getRuntime().availableProcessors());
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
        return write(labels, stock, startPosition, sender, out, progress, ahead, DRAWERS);
    }

    /** @param drawers where the runs of pages are drawn (tests draw on the calling thread to compare) */
    static LabelReport write(List<LabelData> labels, LabelStock stock, int startPosition, LabelSender sender,
                             OutputStream out, Progress progress, LabelsAhead ahead, Executor drawers)
            throws IOException {
        try {
            return writeLabels(labels, stock, startPosition, sender, out, progress, ahead, drawers);
        } finally {
            ahead.clear();
        }
    }

    private static LabelReport writeLabels(List<LabelData> labels, LabelStock stock, int startPosition,
                                           LabelSender sender, OutputStream out, Progress progress,
                                           LabelsAhead qrCodes, Executor drawers) throws IOException {
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
        List<Future<List<DrawnPage>>> drawing = new ArrayList<>();
        int pages = 0;
        try (PDDocument document = new PDDocument()) {
            qrCodes.encode(labels.stream().map(LabelData::packageNumber).toList());
            PdfFonts fonts = PdfFonts.load(document);
            PDResources pageResources = new PDResources();
            SenderBand band = new SenderBand(sender, sender.logo() == null ? null
                    : PDImageXObject.createFromByteArray(document, sender.logo(), "logo"), pageResources);
            LabelText.Fonts shared = new LabelText.Fonts(pageResources, fonts.bold(), fonts.regular());
            PDRectangle pageSize = new PDRectangle(LabelLayout.pageWidth(stock), LabelLayout.pageHeight(stock));
            // Pages are drawn and compressed by runs on the drawing threads, each run on its own; they are added to
            // the document (not thread-safe) here, in order, as the runs come back.
            List<int[]> runs = pageRuns(labels.size(), perPage, startPosition);
            Map<Thread, Drawer> perThread = new ConcurrentHashMap<>();
            for (int[] run : runs) {
                FutureTask<List<DrawnPage>> pagesOfRun = new FutureTask<>(() -> perThread.computeIfAbsent(
                        Thread.currentThread(), thread -> new Drawer(shared, band, fonts, qrCodes))
                        .draw(labels, stock, run));
                drawing.add(pagesOfRun);
                drawers.execute(pagesOfRun);
            }
            int drawn = 0;
            for (Future<List<DrawnPage>> run : drawing) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                for (DrawnPage drawnPage : Futures.result(run,
                        cause -> new IOException("Could not draw the labels", cause))) {
                    PDPage page = new PDPage(pageSize);
                    page.setResources(pageResources);
                    document.addPage(page);
                    page.setContents(ContentWriter.deflatedStream(document, drawnPage.content()));
                    pages++;
                    for (String number : drawnPage.shortened()) {
                        shortened.add(Message.of("labels.shortened", number));
                    }
                    drawn += drawnPage.labels();
                }
                progress.report(drawn, labels.size(), null);
            }
            document.save(out);
            fonts.release();
        } finally {
            drawing.forEach(run -> run.cancel(false));
        }
        return new LabelReport(labels.size(), pages, shortened);
    }

    /**
     * The labels split into runs of whole pages, each {first label, labels in the run, first slot on its first
     * page}: a run is drawn by one thread, so a run is a few dozen labels (enough to be worth a task, small enough
     * to keep both cores busy until the end).
     */
    static List<int[]> pageRuns(int labelCount, int perPage, int startPosition) {
        int pagesPerRun = Math.max(1, LABELS_PER_RUN / perPage);
        List<int[]> runs = new ArrayList<>();
        int first = 0;
        int slot = startPosition - 1;
        while (first < labelCount) {
            int room = (perPage - slot) + (pagesPerRun - 1) * perPage;
            int count = Math.min(room, labelCount - first);
            runs.add(new int[] {first, count, slot});
            first += count;
            slot = 0;
        }
        return runs;
    }

    /** One page's content stream, compressed, and the package numbers whose text had to be cut on it. */
    private record DrawnPage(byte[] content, int labels, List<String> shortened) {
    }

    /** What one drawing thread keeps for one document: its measuring caches, sender band and operator buffer. */
    private static final class Drawer {
        private final LabelText measure;
        private final SenderBand band;
        private final PdfFonts fonts;
        private final LabelsAhead qrCodes;
        private final ContentWriter content = new ContentWriter();

        Drawer(LabelText.Fonts shared, SenderBand band, PdfFonts fonts, LabelsAhead qrCodes) {
            this.measure = new LabelText(shared);
            this.band = band.copy();
            this.fonts = fonts;
            this.qrCodes = qrCodes;
        }

        /** Draws a run of pages (see pageRuns). */
        List<DrawnPage> draw(List<LabelData> labels, LabelStock stock, int[] run) {
            int perPage = stock.labelsPerPage();
            List<DrawnPage> pages = new ArrayList<>();
            List<String> cut = new ArrayList<>();
            int onPage = 0;
            int slot = run[2];
            for (int i = run[0]; i < run[0] + run[1]; i++) {
                LabelLayout.Box box = LabelLayout.slot(stock, slot);
                LabelData label = labels.get(i);
                if (drawLabel(content, fonts, measure, label, qrCodes.take(label.packageNumber()), band, box.x(),
                        box.y(), box.width(), box.height(), stock.dpi())) {
                    cut.add(label.packageNumber());
                }
                onPage++;
                slot++;
                if (slot == perPage || i == run[0] + run[1] - 1) {
                    pages.add(new DrawnPage(content.deflate(), onPage, List.copyOf(cut)));
                    cut.clear();
                    onPage = 0;
                    slot = 0;
                }
            }
            return pages;
        }
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
        private final COSName logoName;
        private final int logoPixelsWide;
        private final int logoPixelsHigh;
        private boolean shortened;

        SenderBand(LabelSender sender, PDImageXObject logo, PDResources pageResources) {
            this(sender, logo == null ? null : pageResources.add(logo), logo == null ? 0 : logo.getWidth(),
                    logo == null ? 0 : logo.getHeight());
        }

        private SenderBand(LabelSender sender, COSName logoName, int logoPixelsWide, int logoPixelsHigh) {
            this.sender = sender;
            this.logoName = logoName;
            this.logoPixelsWide = logoPixelsWide;
            this.logoPixelsHigh = logoPixelsHigh;
        }

        /** The same band for another drawing thread (whether the last band was cut is each thread's own). */
        SenderBand copy() {
            return new SenderBand(sender, logoName, logoPixelsWide, logoPixelsHigh);
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
            if (logoName != null) {
                logoWidth = Math.min(width / 4, height * logoPixelsWide / Math.max(1, logoPixelsHigh));
                float logoHeight = logoWidth * logoPixelsHigh / Math.max(1, logoPixelsWide);
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
