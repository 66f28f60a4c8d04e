package org.shipshape.logic.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
 * so page numbers are added in a second, short pass that gives each page a second content stream. Fonts are
 * embedded as subsets.
 *
 * <p>What is the same on every page is drawn once: the header block, a table's column headers and the watermark
 * are each one form XObject that every page places (a 400-page packing list drew its header 400 times before,
 * about a third of its time), and all pages share one resource dictionary. Content is written as prepared
 * operators ({@link ContentWriter}) rather than one PDFBox call per operator.
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
     * @param logo      the organisation's logo (PNG or JPEG file bytes) at the left of the title, or null
     */
    public record Header(String title, String subtitle, List<Field> reference, List<Party> parties,
                         List<Field> fields, byte[] logo) {
        public Header {
            Objects.requireNonNull(title, "title");
            subtitle = subtitle == null ? "" : subtitle;
            reference = List.copyOf(reference);
            parties = List.copyOf(parties);
            fields = List.copyOf(fields);
        }

        public Header(String title, String subtitle, List<Field> reference, List<Party> parties, List<Field> fields) {
            this(title, subtitle, reference, parties, fields, null);
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
    private final PdfFonts fonts;
    private final TextFitter regular;
    private final TextFitter bold;
    private final PDRectangle pageSize;
    private final Header header;
    private final Footer footer;
    private final float contentWidth;
    private final float bottom;
    private final List<String> languages;
    /** One resource dictionary for every page (fonts, the shared forms), so names are the same on every page. */
    private final PDResources pageResources = new PDResources();
    private final Canvas canvas;

    private PDPage page;
    private COSName headerForm;
    private float y;
    private List<Column> columns;
    private float[] columnX;
    private float[] columnWidth;
    private COSName tableHeaderForm;
    private float tableHeaderHeight;

    private PdfReport(Orientation orientation, Header header, Footer footer, List<String> languages) {
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        this.fonts = PdfFonts.load(document);
        this.regular = new TextFitter(fonts.regular());
        this.bold = new TextFitter(fonts.bold());
        this.pageSize = orientation == Orientation.PORTRAIT ? PDRectangle.A4
                : new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        this.header = header;
        this.footer = footer;
        this.contentWidth = pageSize.getWidth() - 2 * MARGIN;
        this.bottom = MARGIN + FOOTER_HEIGHT;
        this.languages = List.copyOf(languages);
        this.canvas = new Canvas(pageResources);
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
        tableHeaderForm = tableHeaderForm();
        if (y - tableHeaderHeight - singleLineRowHeight() < bottom) {
            newPage();
        } else {
            placeTableHeader();
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
        tableHeaderForm = null;
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
        float top = y;
        if (style == RowStyle.GROUP) {
            canvas.fillRect(MARGIN, top - row.height, contentWidth, row.height, 0.93f);
        }
        if (style == RowStyle.TOTAL) {
            canvas.line(MARGIN, top, MARGIN + contentWidth, top, 0.9f, 0f);
        }
        drawCells(canvas, style == RowStyle.NORMAL ? regular : bold, BODY_SIZE, row.cellLines, top);
        y = top - row.height;
        canvas.line(MARGIN, y, MARGIN + contentWidth, y, 0.25f, 0.78f);
    }

    private List<String> headerLines(int column) {
        return bold.wrap(bold.printable(columns.get(column).header()), HEADER_SIZE,
                columnWidth[column] - 2 * PAD_X, 4);
    }

    /** The column headers as a form, drawn with their top edge at 0 and placed on each page where they go. */
    private COSName tableHeaderForm() {
        List<List<String>> lines = new ArrayList<>(columns.size());
        int most = 1;
        for (int i = 0; i < columns.size(); i++) {
            lines.add(headerLines(i));
            most = Math.max(most, lines.get(i).size());
        }
        tableHeaderHeight = most * HEADER_SIZE * LINE_FACTOR + 2 * PAD_Y;
        Canvas form = new Canvas(new PDResources());
        form.fillRect(MARGIN, -tableHeaderHeight, contentWidth, tableHeaderHeight, 0.85f);
        drawCells(form, bold, HEADER_SIZE, lines, 0);
        return form.toForm(new PDRectangle(0, -tableHeaderHeight, pageSize.getWidth(), tableHeaderHeight));
    }

    private void placeTableHeader() {
        canvas.out.operator("q").number(1f).number(0f).number(0f).number(1f).number(0f).number(y).operator("cm")
                .name(tableHeaderForm).operator("Do").operator("Q");
        y -= tableHeaderHeight;
    }

    /**
     * The lines of each cell of a row, in one text object, aligned within their columns. Moves are relative
     * (two numbers instead of a six-number matrix per cell), which keeps a 12,000-line document's content small.
     */
    private void drawCells(Canvas target, TextFitter fitter, float size, List<List<String>> cellLines, float top) {
        ContentWriter out = target.out;
        out.operator("BT").name(target.font(fitter)).number(size).operator("Tf");
        float lineX = 0;
        float lineY = 0;
        for (int i = 0; i < columns.size(); i++) {
            float baseline = top - PAD_Y - size;
            for (String text : cellLines.get(i)) {
                if (!text.isEmpty()) {
                    float x = alignedX(columns.get(i).align(), columnX[i], columnWidth[i], fitter.width(text, size));
                    out.number(x - lineX).number(baseline - lineY).operator("Td").show(fitter.glyphs(), text);
                    lineX = x;
                    lineY = baseline;
                }
                baseline -= size * LINE_FACTOR;
            }
        }
        out.operator("ET");
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
        float x = alignedX(align, MARGIN - PAD_X, contentWidth + 2 * PAD_X, fitter.width(printableText, size));
        canvas.text(fitter, size, x, y - size, printableText);
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
        canvas.strokeRect(x, y - height, width, height);
        text(canvas, regular, label, LABEL_SIZE, x + 4, y - 4 - LABEL_SIZE, width - 8);
        canvas.line(x + 6, y - height + 20, x + width - 6, y - height + 20, 0.5f, 0.4f);
        text(canvas, regular, value, BODY_SIZE, x + 6, y - height + 8, width - 12);
    }

    // ---------------------------------------------------------------- pages and header block

    private void ensurePage() {
        if (page == null) {
            newPage();
        }
    }

    private void newPage() {
        finishPage();
        page = new PDPage(pageSize);
        page.setResources(pageResources);
        document.addPage(page);
        if (headerForm == null) {
            headerForm = headerForm();
        }
        // the page's own drawing is wrapped in q/Q, so the page numbers added later start from a clean state
        canvas.out.operator("q").name(headerForm).operator("Do");
        y = pageSize.getHeight() - MARGIN - headerHeight();
        if (columns != null) {
            placeTableHeader();
        }
    }

    /** Hands the page's content to PDFBox (compressed), so it no longer takes room here. */
    private void finishPage() {
        if (page == null) {
            return;
        }
        canvas.out.operator("Q");
        page.setContents(canvas.toStream());
        page = null;
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

    /** The header block, drawn once as a form that every page places at the top. */
    private COSName headerForm() {
        Canvas form = new Canvas(new PDResources());
        float top = pageSize.getHeight() - MARGIN;
        float referenceWidth = 0;
        for (Field field : header.reference()) {
            String text = regular.printable(field.label() + ": " + field.value());
            referenceWidth = Math.max(referenceWidth, regular.width(text, BODY_SIZE));
        }
        float logoWidth = drawLogo(form, top);
        float titleX = MARGIN + logoWidth;
        float titleRoom = contentWidth - referenceWidth - 12 - logoWidth;
        text(form, bold, header.title(), 14f, titleX, top - 14f, titleRoom);
        if (!header.subtitle().isBlank()) {
            text(form, regular, header.subtitle(), 11f, titleX, top - 27f, titleRoom);
        }
        float referenceY = top - 9f;
        for (Field field : header.reference()) {
            String text = regular.printable(field.label() + ": " + field.value());
            text(form, regular, text, BODY_SIZE, MARGIN + contentWidth - regular.width(text, BODY_SIZE), referenceY,
                    referenceWidth + 1);
            referenceY -= 10f;
        }
        float blockTop = top - titleHeight();
        if (!header.parties().isEmpty()) {
            float height = partiesHeight();
            float width = contentWidth / header.parties().size();
            float x = MARGIN;
            for (Party party : header.parties()) {
                form.strokeRect(x, blockTop - height, width, height);
                text(form, regular, party.label(), LABEL_SIZE, x + 3, blockTop - 3 - LABEL_SIZE, width - 6);
                float baseline = blockTop - 4 - LABEL_SIZE - BODY_SIZE - 1;
                for (String lineText : regular.wrap(regular.printable(party.text()), BODY_SIZE, width - 6,
                        PARTY_LINES)) {
                    text(form, regular, lineText, BODY_SIZE, x + 3, baseline, width - 6);
                    baseline -= BODY_SIZE * LINE_FACTOR;
                }
                x += width;
            }
            blockTop -= height;
        }
        int perRow = fieldColumns();
        float width = contentWidth / perRow;
        for (int i = 0; i < header.fields().size(); i++) {
            Field field = header.fields().get(i);
            float x = MARGIN + (i % perRow) * width;
            float cellTop = blockTop - (i / perRow) * fieldHeight();
            form.strokeRect(x, cellTop - fieldHeight(), width, fieldHeight());
            float baseline = cellTop - 3 - LABEL_SIZE;
            for (String lineText : regular.wrap(regular.printable(field.label()), LABEL_SIZE, width - 6,
                    FIELD_LINES)) {
                text(form, regular, lineText, LABEL_SIZE, x + 3, baseline, width - 6);
                baseline -= LABEL_SIZE * LINE_FACTOR;
            }
            baseline = cellTop - 3 - FIELD_LINES * LABEL_SIZE * LINE_FACTOR - 1 - BODY_SIZE;
            for (String lineText : bold.wrap(bold.printable(field.value()), BODY_SIZE, width - 6, FIELD_LINES)) {
                text(form, bold, lineText, BODY_SIZE, x + 3, baseline, width - 6);
                baseline -= BODY_SIZE * LINE_FACTOR;
            }
        }
        return form.toForm(new PDRectangle(pageSize.getWidth(), pageSize.getHeight()));
    }

    /**
     * The logo at the top left, as tall as the title block and at most a quarter of the width. Returns the width
     * it takes, with the gap before the title (0 without a logo).
     */
    private float drawLogo(Canvas target, float top) {
        if (header.logo() == null) {
            return 0;
        }
        PDImageXObject logo;
        try {
            logo = PDImageXObject.createFromByteArray(document, header.logo(), "logo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float height = titleHeight() - 5f;
        float width = height * logo.getWidth() / Math.max(1, logo.getHeight());
        if (width > contentWidth / 4) {
            width = contentWidth / 4;
            height = width * logo.getHeight() / Math.max(1, logo.getWidth());
        }
        target.image(logo, MARGIN, top - height, width, height);
        return width + 8f;
    }

    /** One line of text at a position, cut to the width. */
    private static void text(Canvas target, TextFitter fitter, String text, float size, float x, float baseline,
                             float maxWidth) {
        String shown = fitter.truncate(fitter.printable(text.replace('\n', ' ')), size, maxWidth);
        if (!shown.isEmpty()) {
            target.text(fitter, size, x, baseline, shown);
        }
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
        finishPage();
        int total = document.getNumberOfPages();
        COSName watermark = footer.watermark() == null || footer.watermark().isBlank() ? null : watermarkForm();
        String left = regular.truncate(regular.printable(footer.footerLeft()), LABEL_SIZE + 0.5f, contentWidth / 2);
        int number = 0;
        for (PDPage current : document.getPages()) {
            number++;
            String right = regular.printable(footer.pagePattern().replace("{0}", String.valueOf(number))
                    .replace("{1}", String.valueOf(total)));
            canvas.out.operator("BT").name(canvas.font(regular)).number(LABEL_SIZE + 0.5f).operator("Tf")
                    .number(1f).number(0f).number(0f).number(1f).number(MARGIN).number(MARGIN + 2).operator("Tm")
                    .show(regular.glyphs(), left)
                    .name(canvas.font(regular)).number(BODY_SIZE).operator("Tf")
                    .number(1f).number(0f).number(0f).number(1f)
                    .number(MARGIN + contentWidth - regular.width(right, BODY_SIZE)).number(MARGIN + 2).operator("Tm")
                    .show(regular.glyphs(), right)
                    .operator("ET");
            if (watermark != null) {
                canvas.out.name(watermark).operator("Do");
            }
            COSArray contents = new COSArray();
            contents.add(current.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            contents.add(canvas.toStream());
            current.getCOSObject().setItem(COSName.CONTENTS, contents);
        }
        PdfArchival.makePdfA2b(document,
                header.title() + (header.subtitle().isBlank() ? "" : " / " + header.subtitle()), languages, created);
        document.save(out);
    }

    /** The watermark, large, pale and diagonal across the page, as one form every page places. */
    private COSName watermarkForm() {
        PDExtendedGraphicsState pale = new PDExtendedGraphicsState();
        pale.setNonStrokingAlphaConstant(0.13f);
        String mark = bold.printable(footer.watermark());
        float size = Math.min(110f, pageSize.getWidth() * 0.9f / Math.max(1f, bold.width(mark, 1f)));
        double angle = Math.atan2(pageSize.getHeight(), pageSize.getWidth());
        float width = bold.width(mark, size);
        Matrix matrix = Matrix.getRotateInstance(angle, pageSize.getWidth() / 2, pageSize.getHeight() / 2);
        matrix.translate(-width / 2, -size / 3);
        Canvas form = new Canvas(new PDResources());
        form.out.operator("q").name(form.resources.add(pale)).operator("gs")
                .number(0.6f).number(0f).number(0f).operator("rg")
                .operator("BT").name(form.font(bold)).number(size).operator("Tf");
        form.matrix(matrix).operator("Tm").show(bold.glyphs(), mark).operator("ET").operator("Q");
        return form.toForm(new PDRectangle(pageSize.getWidth(), pageSize.getHeight()));
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            fonts.release();
        }
    }

    /** Content being drawn (a page's or a form's) with the names its resources give the two fonts. */
    private final class Canvas {
        private final ContentWriter out = new ContentWriter();
        private final PDResources resources;
        private final COSName regularFont;
        private final COSName boldFont;

        Canvas(PDResources resources) {
            this.resources = resources;
            this.regularFont = resources.add(regular.font());
            this.boldFont = resources.add(bold.font());
        }

        COSName font(TextFitter fitter) {
            return fitter == bold ? boldFont : regularFont;
        }

        void text(TextFitter fitter, float size, float x, float baseline, String printableText) {
            out.operator("BT").name(font(fitter)).number(size).operator("Tf")
                    .number(1f).number(0f).number(0f).number(1f).number(x).number(baseline).operator("Tm")
                    .show(fitter.glyphs(), printableText).operator("ET");
        }

        void fillRect(float x, float yBottom, float width, float height, float gray) {
            out.number(gray).operator("g").number(x).number(yBottom).number(width).number(height).operator("re")
                    .operator("f").number(0f).operator("g");
        }

        void strokeRect(float x, float yBottom, float width, float height) {
            out.number(0.5f).operator("w").number(0.45f).operator("G")
                    .number(x).number(yBottom).number(width).number(height).operator("re").operator("S");
        }

        void line(float x1, float y1, float x2, float y2, float width, float gray) {
            out.number(width).operator("w").number(gray).operator("G")
                    .number(x1).number(y1).operator("m").number(x2).number(y2).operator("l").operator("S");
        }

        void image(PDImageXObject image, float x, float yBottom, float width, float height) {
            out.operator("q").number(width).number(0f).number(0f).number(height).number(x).number(yBottom)
                    .operator("cm").name(resources.add(image)).operator("Do").operator("Q");
        }

        ContentWriter matrix(Matrix matrix) {
            return out.number(matrix.getValue(0, 0)).number(matrix.getValue(0, 1)).number(matrix.getValue(1, 0))
                    .number(matrix.getValue(1, 1)).number(matrix.getValue(2, 0)).number(matrix.getValue(2, 1));
        }

        /** What was drawn, as a compressed content stream of the document; the canvas starts empty again. */
        PDStream toStream() {
            return out.toStream(document);
        }

        /** What was drawn, as a form XObject with these bounds, named in the pages' resources. */
        COSName toForm(PDRectangle bounds) {
            PDFormXObject form = new PDFormXObject(toStream());
            form.setResources(resources);
            form.setBBox(bounds);
            return pageResources.add(form);
        }
    }
}
