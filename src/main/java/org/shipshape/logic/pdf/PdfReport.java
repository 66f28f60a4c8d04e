package org.shipshape.logic.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A printed document in the house style: A4 pages, the same header block on every page, tables that flow across
 * pages with their column headers repeated, wrapped cells and right-aligned numbers, paragraphs, a signature block,
 * and at the end "Page x of y" on every page plus an optional watermark (such as DRAFT).
 *
 * <p>Pages are written one after the other: each page's content is finished and handed to PDFBox (which keeps it
 * compressed, spilling to a temporary file past {@link #MAIN_MEMORY_BYTES}) before the next begins, so memory
 * does not grow with the page count beyond PDFBox's own page objects. The page total is known only at the end,
 * so page numbers are added in a second, short pass that appends to each page. Fonts are embedded as subsets.
 */
public final class PdfReport implements AutoCloseable {
    static final long MAIN_MEMORY_BYTES = 32L * 1024 * 1024;
    static final float MARGIN = 28f;
    static final float FOOTER_HEIGHT = 16f;
    static final float BODY_SIZE = 8f;
    static final float LABEL_SIZE = 6.5f;
    static final float LINE_FACTOR = 1.22f;
    static final float PAD_X = 2.5f;
    static final float PAD_Y = 2.2f;
    private static final float HEADER_SIZE = 7f;
    private static final int MAX_CELL_LINES = 8;
    private static final int PARTY_LINES = 4;
    /** Lines for a header field's label and for its value. */
    private static final int FIELD_LINES = 2;

    public enum Orientation { PORTRAIT, LANDSCAPE }

    public enum Align { LEFT, RIGHT, CENTER }

    /** NORMAL rows; GROUP rows start a group (bold, shaded, kept with the next row); TOTAL rows close a table. */
    public enum RowStyle { NORMAL, GROUP, TOTAL }

    /** A labelled value in the header grid. */
    public record Field(String label, String value) {
    }

    /** A labelled block of several lines in the header (shipper, consignee, notify party). */
    public record Party(String label, String text) {
    }

    /**
     * What every page shows at the top.
     *
     * @param title     in English
     * @param subtitle  the title in the document language, or empty
     * @param reference document number, revision and date, shown at the right of the title
     */
    public record Header(String title, String subtitle, List<Field> reference, List<Party> parties,
                         List<Field> fields) {
        public Header {
            Objects.requireNonNull(title, "title");
            subtitle = subtitle == null ? "" : subtitle;
            reference = List.copyOf(reference);
            parties = List.copyOf(parties);
            fields = List.copyOf(fields);
        }
    }

    /**
     * What the finishing pass prints on every page.
     *
     * @param footerLeft  such as the document number and revision
     * @param pagePattern such as "Page {0} of {1}"; {0} is the page, {1} the total
     * @param watermark   printed large and pale across every page, or null
     */
    public record Footer(String footerLeft, String pagePattern, String watermark) {
    }

    /** A table column; the header may hold several lines separated by "\n" (English, then the translation). */
    public record Column(String header, float weight, Align align) {
    }

    private final PDDocument document;
    private final TextFitter regular;
    private final TextFitter bold;
    private final PDRectangle pageSize;
    private final Header header;
    private final Footer footer;
    private final float contentWidth;
    private final float bottom;
    private final List<String> languages;

    private PDPageContentStream page;
    private float y;
    private List<Column> columns;
    private float[] columnX;
    private float[] columnWidth;

    private PdfReport(Orientation orientation, Header header, Footer footer, List<String> languages) {
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        PdfFonts fonts = PdfFonts.load(document);
        this.regular = new TextFitter(fonts.regular());
        this.bold = new TextFitter(fonts.bold());
        this.pageSize = orientation == Orientation.PORTRAIT ? PDRectangle.A4
                : new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        this.header = header;
        this.footer = footer;
        this.contentWidth = pageSize.getWidth() - 2 * MARGIN;
        this.bottom = MARGIN + FOOTER_HEIGHT;
        this.languages = List.copyOf(languages);
    }

    /** A document in English. */
    public static PdfReport create(Orientation orientation, Header header, Footer footer) {
        return create(orientation, header, footer, List.of("en"));
    }

    /**
     * A document whose text is in these languages (BCP 47 codes, the main one first), recorded in the PDF/A
     * metadata.
     */
    public static PdfReport create(Orientation orientation, Header header, Footer footer, List<String> languages) {
        return new PdfReport(orientation, header, footer, languages);
    }

    /** Width available for content, in points. */
    public float contentWidth() {
        return contentWidth;
    }

    /** The height the header block takes on every page; fixed for a document so pages break predictably. */
    public float headerHeight() {
        return titleHeight() + partiesHeight() + fieldsHeight() + 8f;
    }

    /** Height of a table row whose cells each fit on one line. */
    public static float singleLineRowHeight() {
        return BODY_SIZE * LINE_FACTOR + 2 * PAD_Y;
    }

    /** The height below the header and above the footer on every page. */
    public float bodyHeight() {
        return pageSize.getHeight() - MARGIN - headerHeight() - bottom;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    // ---------------------------------------------------------------- tables

    /** Starts a table: its column headers are drawn now and again at the top of every following page. */
    public void startTable(List<Column> tableColumns) {
        columns = null;
        ensurePage();
        List<Column> newColumns = List.copyOf(tableColumns);
        float totalWeight = 0;
        for (Column column : newColumns) {
            totalWeight += column.weight();
        }
        columnX = new float[newColumns.size()];
        columnWidth = new float[newColumns.size()];
        float x = MARGIN;
        for (int i = 0; i < newColumns.size(); i++) {
            columnX[i] = x;
            columnWidth[i] = contentWidth * newColumns.get(i).weight() / totalWeight;
            x += columnWidth[i];
        }
        columns = newColumns;
        if (y - tableHeaderHeight() - singleLineRowHeight() < bottom) {
            newPage();
        } else {
            drawTableHeader();
        }
    }

    /** Height of one table row with these cells (wrapped to their column widths). */
    public float rowHeight(RowStyle style, String... cells) {
        return layoutRow(style, cells).height;
    }

    /** Adds a row; it moves to the next page (under repeated column headers) when it does not fit. */
    public void row(RowStyle style, String... cells) {
        if (columns == null) {
            throw new IllegalStateException("startTable first");
        }
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " cells, got " + cells.length);
        }
        LaidOutRow row = layoutRow(style, cells);
        float needed = row.height + (style == RowStyle.GROUP ? singleLineRowHeight() : 0);
        ensurePage();
        if (y - needed < bottom) {
            newPage();
        }
        drawRow(style, row);
    }

    public void endTable() {
        columns = null;
        y -= 6f;
    }

    private record LaidOutRow(List<List<String>> cellLines, float height) {
    }

    private LaidOutRow layoutRow(RowStyle style, String[] cells) {
        TextFitter fitter = style == RowStyle.NORMAL ? regular : bold;
        List<List<String>> lines = new ArrayList<>(cells.length);
        int most = 1;
        for (int i = 0; i < cells.length; i++) {
            String text = fitter.printable(cells[i]);
            List<String> cellLines = fitter.wrap(text, BODY_SIZE, columnWidth[i] - 2 * PAD_X, MAX_CELL_LINES);
            lines.add(cellLines);
            most = Math.max(most, cellLines.size());
        }
        return new LaidOutRow(lines, most * BODY_SIZE * LINE_FACTOR + 2 * PAD_Y);
    }

    private void drawRow(RowStyle style, LaidOutRow row) {
        try {
            float top = y;
            if (style == RowStyle.GROUP) {
                fillRect(MARGIN, top - row.height, contentWidth, row.height, 0.93f);
            }
            if (style == RowStyle.TOTAL) {
                line(MARGIN, top, MARGIN + contentWidth, top, 0.9f, 0f);
            }
            drawCells(style == RowStyle.NORMAL ? regular : bold, BODY_SIZE, row.cellLines, top);
            y = top - row.height;
            line(MARGIN, y, MARGIN + contentWidth, y, 0.25f, 0.78f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float tableHeaderHeight() {
        int most = 1;
        for (int i = 0; i < columns.size(); i++) {
            most = Math.max(most, headerLines(i).size());
        }
        return most * HEADER_SIZE * LINE_FACTOR + 2 * PAD_Y;
    }

    private List<String> headerLines(int column) {
        return bold.wrap(bold.printable(columns.get(column).header()), HEADER_SIZE,
                columnWidth[column] - 2 * PAD_X, 4);
    }

    private void drawTableHeader() {
        try {
            float height = tableHeaderHeight();
            fillRect(MARGIN, y - height, contentWidth, height, 0.85f);
            List<List<String>> lines = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                lines.add(headerLines(i));
            }
            drawCells(bold, HEADER_SIZE, lines, y);
            y -= height;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines of each cell of a row, in one text object, aligned within their columns. Moves are relative
     * (two numbers instead of a six-number matrix per cell), which keeps a 12,000-line document's content small.
     */
    private void drawCells(TextFitter fitter, float size, List<List<String>> cellLines, float top)
            throws IOException {
        page.beginText();
        page.setFont(fitter.font(), size);
        float lineX = 0;
        float lineY = 0;
        for (int i = 0; i < columns.size(); i++) {
            float baseline = top - PAD_Y - size;
            for (String text : cellLines.get(i)) {
                if (!text.isEmpty()) {
                    float x = alignedX(columns.get(i).align(), columnX[i], columnWidth[i], fitter.width(text, size));
                    page.newLineAtOffset(x - lineX, baseline - lineY);
                    lineX = x;
                    lineY = baseline;
                    page.showText(text);
                }
                baseline -= size * LINE_FACTOR;
            }
        }
        page.endText();
    }

    private static float alignedX(Align align, float x, float width, float textWidth) {
        return switch (align) {
            case LEFT -> x + PAD_X;
            case RIGHT -> x + width - PAD_X - textWidth;
            case CENTER -> x + (width - textWidth) / 2;
        };
    }

    // ---------------------------------------------------------------- text outside tables

    /** Wrapped text across the content width; flows onto the next page when needed. */
    public void paragraph(String text, float size, boolean boldFace) {
        TextFitter fitter = boldFace ? bold : regular;
        for (String lineText : fitter.wrap(fitter.printable(text), size, contentWidth, Integer.MAX_VALUE)) {
            textLine(fitter, lineText, size, Align.LEFT);
        }
        y -= size * 0.4f;
    }

    /** One line of text (cut with "…" when too long), aligned within the content width. */
    public void line(String text, float size, boolean boldFace, Align align) {
        TextFitter fitter = boldFace ? bold : regular;
        textLine(fitter, fitter.truncate(fitter.printable(text.replace('\n', ' ')), size, contentWidth), size,
                align);
    }

    private void textLine(TextFitter fitter, String printableText, float size, Align align) {
        ensurePage();
        float height = size * LINE_FACTOR;
        if (y - height < bottom) {
            newPage();
        }
        try {
            page.beginText();
            page.setFont(fitter.font(), size);
            float x = alignedX(align, MARGIN - PAD_X, contentWidth + 2 * PAD_X, fitter.width(printableText, size));
            page.setTextMatrix(Matrix.getTranslateInstance(x, y - size));
            page.showText(printableText);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** Empty space; starts a new page when the space does not fit. */
    public void space(float points) {
        ensurePage();
        if (y - points < bottom) {
            newPage();
        } else {
            y -= points;
        }
    }

    /** Moves to a new page unless the given height still fits on this one. */
    public void keepTogether(float height) {
        ensurePage();
        if (y - height < bottom) {
            newPage();
        }
    }

    /**
     * Two signature boxes side by side, kept together on one page: place and date on the left, name, title and
     * signature on the right with the signatory printed under the line.
     */
    public void signatureBlock(String placeDateLabel, String placeDate, String signatureLabel, String signatory) {
        float height = 62f;
        keepTogether(height + 4);
        float half = (contentWidth - 12) / 2;
        signatureBox(MARGIN, half, height, placeDateLabel, placeDate);
        signatureBox(MARGIN + half + 12, half, height, signatureLabel, signatory);
        y -= height + 4;
    }

    private void signatureBox(float x, float width, float height, String label, String value) {
        try {
            strokeRect(x, y - height, width, height);
            text(regular, label, LABEL_SIZE, x + 4, y - 4 - LABEL_SIZE, width - 8);
            line(x + 6, y - height + 20, x + width - 6, y - height + 20, 0.5f, 0.4f);
            text(regular, value, BODY_SIZE, x + 6, y - height + 8, width - 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- pages and header block

    private void ensurePage() {
        if (page == null) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(pageSize);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = pageSize.getHeight() - MARGIN;
            drawHeader();
            if (columns != null) {
                drawTableHeader();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float titleHeight() {
        float titleBlock = 16f + (header.subtitle().isBlank() ? 0 : 13f);
        float referenceBlock = header.reference().size() * 10f;
        return Math.max(titleBlock, referenceBlock) + 5f;
    }

    private float partiesHeight() {
        return header.parties().isEmpty() ? 0 : 4f + LABEL_SIZE + PARTY_LINES * BODY_SIZE * LINE_FACTOR + 4f;
    }

    private int fieldColumns() {
        return pageSize.getWidth() > pageSize.getHeight() ? 6 : 4;
    }

    private float fieldsHeight() {
        int rows = (header.fields().size() + fieldColumns() - 1) / fieldColumns();
        return rows * fieldHeight();
    }

    private static float fieldHeight() {
        return 3f + FIELD_LINES * LABEL_SIZE * LINE_FACTOR + 1f + FIELD_LINES * BODY_SIZE * LINE_FACTOR + 2f;
    }

    private void drawHeader() throws IOException {
        float top = y;
        float referenceWidth = 0;
        for (Field field : header.reference()) {
            String text = regular.printable(field.label() + ": " + field.value());
            referenceWidth = Math.max(referenceWidth, regular.width(text, BODY_SIZE));
        }
        float titleRoom = contentWidth - referenceWidth - 12;
        text(bold, header.title(), 14f, MARGIN, top - 14f, titleRoom);
        if (!header.subtitle().isBlank()) {
            text(regular, header.subtitle(), 11f, MARGIN, top - 27f, titleRoom);
        }
        float referenceY = top - 9f;
        for (Field field : header.reference()) {
            String text = regular.printable(field.label() + ": " + field.value());
            text(regular, text, BODY_SIZE, MARGIN + contentWidth - regular.width(text, BODY_SIZE), referenceY,
                    referenceWidth + 1);
            referenceY -= 10f;
        }
        y = top - titleHeight();
        if (!header.parties().isEmpty()) {
            float height = partiesHeight();
            float width = contentWidth / header.parties().size();
            float x = MARGIN;
            for (Party party : header.parties()) {
                strokeRect(x, y - height, width, height);
                text(regular, party.label(), LABEL_SIZE, x + 3, y - 3 - LABEL_SIZE, width - 6);
                float baseline = y - 4 - LABEL_SIZE - BODY_SIZE - 1;
                for (String lineText : regular.wrap(regular.printable(party.text()), BODY_SIZE, width - 6,
                        PARTY_LINES)) {
                    text(regular, lineText, BODY_SIZE, x + 3, baseline, width - 6);
                    baseline -= BODY_SIZE * LINE_FACTOR;
                }
                x += width;
            }
            y -= height;
        }
        int perRow = fieldColumns();
        float width = contentWidth / perRow;
        for (int i = 0; i < header.fields().size(); i++) {
            Field field = header.fields().get(i);
            float x = MARGIN + (i % perRow) * width;
            float cellTop = y - (i / perRow) * fieldHeight();
            strokeRect(x, cellTop - fieldHeight(), width, fieldHeight());
            float baseline = cellTop - 3 - LABEL_SIZE;
            for (String lineText : regular.wrap(regular.printable(field.label()), LABEL_SIZE, width - 6,
                    FIELD_LINES)) {
                text(regular, lineText, LABEL_SIZE, x + 3, baseline, width - 6);
                baseline -= LABEL_SIZE * LINE_FACTOR;
            }
            baseline = cellTop - 3 - FIELD_LINES * LABEL_SIZE * LINE_FACTOR - 1 - BODY_SIZE;
            for (String lineText : bold.wrap(bold.printable(field.value()), BODY_SIZE, width - 6, FIELD_LINES)) {
                text(bold, lineText, BODY_SIZE, x + 3, baseline, width - 6);
                baseline -= BODY_SIZE * LINE_FACTOR;
            }
        }
        y -= fieldsHeight() + 8f;
    }

    /** One line of text at a position, cut to the width. */
    private void text(TextFitter fitter, String text, float size, float x, float baseline, float maxWidth)
            throws IOException {
        String shown = fitter.truncate(fitter.printable(text.replace('\n', ' ')), size, maxWidth);
        if (shown.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(fitter.font(), size);
        page.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        page.showText(shown);
        page.endText();
    }

    private void fillRect(float x, float yBottom, float width, float height, float gray) throws IOException {
        page.setNonStrokingColor(gray);
        page.addRect(x, yBottom, width, height);
        page.fill();
        page.setNonStrokingColor(0f);
    }

    private void strokeRect(float x, float yBottom, float width, float height) throws IOException {
        page.setLineWidth(0.5f);
        page.setStrokingColor(0.45f);
        page.addRect(x, yBottom, width, height);
        page.stroke();
    }

    private void line(float x1, float y1, float x2, float y2, float width, float gray) throws IOException {
        page.setLineWidth(width);
        page.setStrokingColor(gray);
        page.moveTo(x1, y1);
        page.lineTo(x2, y2);
        page.stroke();
    }

    // ---------------------------------------------------------------- finishing

    /**
     * Finishes the document: page numbers ("Page x of y") and the watermark on every page, then writes it as
     * PDF/A-2b ({@link PdfArchival}: title, languages, dates, sRGB output intent).
     *
     * @param created the date stored in the document information (the document's own date, so the same
     *                content gives the same file)
     */
    public void save(OutputStream out, Calendar created) throws IOException {
        ensurePage();
        page.close();
        page = null;
        int total = document.getNumberOfPages();
        PDType0Font font = regular.font();
        PDExtendedGraphicsState pale = new PDExtendedGraphicsState();
        pale.setNonStrokingAlphaConstant(0.13f);
        for (int i = 0; i < total; i++) {
            PDPage current = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, current,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String left = regular.truncate(regular.printable(footer.footerLeft()), LABEL_SIZE + 0.5f,
                        contentWidth / 2);
                String right = regular.printable(footer.pagePattern().replace("{0}", String.valueOf(i + 1))
                        .replace("{1}", String.valueOf(total)));
                stream.beginText();
                stream.setFont(font, LABEL_SIZE + 0.5f);
                stream.setTextMatrix(Matrix.getTranslateInstance(MARGIN, MARGIN + 2));
                stream.showText(left);
                stream.setFont(font, BODY_SIZE);
                stream.setTextMatrix(Matrix.getTranslateInstance(
                        MARGIN + contentWidth - regular.width(right, BODY_SIZE), MARGIN + 2));
                stream.showText(right);
                stream.endText();
                if (footer.watermark() != null && !footer.watermark().isBlank()) {
                    drawWatermark(stream, pale);
                }
            }
        }
        PdfArchival.makePdfA2b(document,
                header.title() + (header.subtitle().isBlank() ? "" : " / " + header.subtitle()), languages, created);
        document.save(out);
    }

    private void drawWatermark(PDPageContentStream stream, PDExtendedGraphicsState pale) throws IOException {
        String mark = bold.printable(footer.watermark());
        float size = Math.min(110f, pageSize.getWidth() * 0.9f / Math.max(1f, bold.width(mark, 1f)));
        double angle = Math.atan2(pageSize.getHeight(), pageSize.getWidth());
        float width = bold.width(mark, size);
        float cx = pageSize.getWidth() / 2;
        float cy = pageSize.getHeight() / 2;
        stream.saveGraphicsState();
        stream.setGraphicsStateParameters(pale);
        stream.setNonStrokingColor(0.6f, 0f, 0f);
        stream.beginText();
        stream.setFont(bold.font(), size);
        Matrix matrix = Matrix.getRotateInstance(angle, cx, cy);
        matrix.translate(-width / 2, -size / 3);
        stream.setTextMatrix(matrix);
        stream.showText(mark);
        stream.endText();
        stream.restoreGraphicsState();
    }

    @Override
    public void close() throws IOException {
        try {
            if (page != null) {
                page.close();
            }
        } finally {
            document.close();
        }
    }
}
