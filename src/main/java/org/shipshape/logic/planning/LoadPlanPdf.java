package org.shipshape.logic.planning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.pdf.PdfFonts;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.planning.UnplacedCargo;

/**
 * The printable loading plan, one part per container: for each section of the container (at most 2.5 m, about what
 * a loading team fills at a time) a side view and a top view with the package numbers, then the container's loading
 * order; after the last container what stays behind and the warnings. A4 landscape; every page carries the
 * shipment, the container, its fill, its centre of gravity and "Page x of y".
 */
public final class LoadPlanPdf {
    /** Longest section drawn on one page: a 40 ft container gives five sections of 2.41 m, a 20 ft one three. */
    static final double SECTION_CM = 250;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float HEADER_HEIGHT = 44;
    private static final float FOOTER_HEIGHT = 18;
    private static final float ROW_HEIGHT = 11.5f;
    private static final float TABLE_FONT = 8;
    private static final float LEGEND_HEIGHT = 58;
    private static final float[] COLUMN_X = {0, 40, 150, 290, 420, 520, 575};
    private static final String[] COLUMNS = {"Step", "Package", "Category", "Position x / y / z (cm)",
        "Size L x W x H (cm)", "kg", "Handling"};

    /** The printed plan is in English, as it was before the catalogue; its own words are not in it yet. */
    private static final Catalogue ENGLISH = Catalogue.of(Language.EN);

    private final ShipmentPlan shipmentPlan;
    private final Map<Placement, Integer> step = new IdentityHashMap<>();
    private PdfFonts fonts;
    /** The container being drawn. */
    private int containerIndex;
    private LoadPlan plan;

    private LoadPlanPdf(ShipmentPlan shipmentPlan) {
        this.shipmentPlan = shipmentPlan;
        for (ShipmentPlan.PlannedContainer container : shipmentPlan.containers()) {
            List<Placement> placements = container.plan().placements();
            for (int i = 0; i < placements.size(); i++) {
                step.put(placements.get(i), i);
            }
        }
    }

    /** Writes the plan as a PDF file, atomically: the file appears whole or not at all. */
    public static void write(ShipmentPlan shipmentPlan, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> writeTo(shipmentPlan, out));
    }

    public static void writeTo(ShipmentPlan shipmentPlan, OutputStream out) throws IOException {
        new LoadPlanPdf(shipmentPlan).render(out);
    }

    /** How many side-and-top-view pages the container is cut into. */
    public static int sectionCount(ContainerSpace container) {
        return Math.max(1, (int) Math.ceil(container.lengthCm() / SECTION_CM));
    }

    private void render(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            fonts = PdfFonts.load(document);
            int rowsPerPage = (int) ((PAGE.getHeight() - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT) / ROW_HEIGHT) - 1;
            List<ShipmentPlan.PlannedContainer> containers = shipmentPlan.containers();
            List<List<String[]>> rowsPerContainer = new ArrayList<>();
            int total = 0;
            for (int c = 0; c < containers.size(); c++) {
                List<String[]> rows = listRows(containers.get(c).plan(), c == containers.size() - 1);
                rowsPerContainer.add(rows);
                total += sectionCount(containers.get(c).plan().container())
                        + Math.max(1, (rows.size() + rowsPerPage - 1) / rowsPerPage);
            }
            int number = 0;
            for (containerIndex = 0; containerIndex < containers.size(); containerIndex++) {
                plan = containers.get(containerIndex).plan();
                int sections = sectionCount(plan.container());
                double sectionLength = (double) plan.container().lengthCm() / sections;
                for (int s = 0; s < sections; s++) {
                    try (PDPageContentStream page = newPage(document, ++number, total)) {
                        drawSection(page, s, sections, s * sectionLength, (s + 1) * sectionLength);
                    }
                }
                List<String[]> rows = rowsPerContainer.get(containerIndex);
                int listPages = Math.max(1, (rows.size() + rowsPerPage - 1) / rowsPerPage);
                for (int p = 0; p < listPages; p++) {
                    try (PDPageContentStream page = newPage(document, ++number, total)) {
                        drawRows(page, rows.subList(p * rowsPerPage, Math.min(rows.size(), (p + 1) * rowsPerPage)));
                    }
                }
            }
            document.save(out);
        }
    }

    private PDPageContentStream newPage(PDDocument document, int number, int total) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        PDPageContentStream content = new PDPageContentStream(document, page);
        float top = PAGE.getHeight() - MARGIN;
        ShipmentPlan.PlannedContainer shown = shipmentPlan.containers().get(containerIndex);
        int count = shipmentPlan.containers().size();
        String container = (count > 1 ? "container " + (containerIndex + 1) + " of " + count + ": " : "")
                + shown.typeName() + " (" + shown.typeCode() + ")"
                + (shipmentPlan.containerNumber() == null ? "" : ", container " + shipmentPlan.containerNumber());
        text(content, fonts.bold(), 14, MARGIN, top - 12, "Loading plan " + shipmentPlan.reference() + " - "
                + container);
        int planned = plan.placements().size();
        int packages = count > 1 ? shipmentPlan.packageCount()
                : planned + shipmentPlan.unplaced().size() + shipmentPlan.notPlannable().size();
        CentreOfGravity cog = plan.centreOfGravity();
        text(content, fonts.regular(), 8.5f, MARGIN, top - 28, String.format(Locale.ROOT,
                "%d of %d packages loaded%s   Volume %.1f %%   Weight %.1f %% (%,.0f kg)   Centre of gravity"
                        + " x %.0f / y %.0f / z %.0f cm (%.0f %% off centre lengthwise, %.0f %% across)",
                planned, packages, count > 1 ? " here" : "", plan.volumeFill() * 100, plan.weightFill() * 100,
                plan.loadedKg(), cog.xCm(), cog.yCm(), cog.zCm(), Math.abs(cog.lengthOffsetFraction()) * 100,
                Math.abs(cog.widthOffsetFraction()) * 100));
        String footer = "Page " + number + " of " + total;
        text(content, fonts.regular(), 8, PAGE.getWidth() - MARGIN - PdfFonts.width(fonts.regular(), footer, 8),
                MARGIN - 4, footer);
        text(content, fonts.regular(), 8, MARGIN, MARGIN - 4,
                "Back wall on the left, door on the right. Load in the order of the list; confirm heavy items go low.");
        return content;
    }

    private void drawSection(PDPageContentStream page, int index, int sections, double from, double to)
            throws IOException {
        ContainerSpace c = plan.container();
        float top = PAGE.getHeight() - MARGIN - HEADER_HEIGHT;
        float bottom = MARGIN + FOOTER_HEIGHT + LEGEND_HEIGHT;
        float gap = 30;
        float viewWidth = (PAGE.getWidth() - 2 * MARGIN - gap) / 2;
        float scale = (float) Math.min(viewWidth / (to - from),
                (top - bottom - 16) / Math.max(c.heightCm(), c.widthCm()));
        text(page, fonts.bold(), 10, MARGIN, top - 10, String.format(Locale.ROOT,
                "Section %d of %d: %.2f m to %.2f m from the back wall", index + 1, sections, from / 100, to / 100));
        List<Placement> inSection = plan.placements().stream()
                .filter(p -> p.xEnd() > from && p.x() < to).toList();
        View side = new View(MARGIN, top - 20 - c.heightCm() * scale, scale, from, to, false);
        View topView = new View(MARGIN + viewWidth + gap, top - 20 - c.widthCm() * scale, scale, from, to, true);
        text(page, fonts.regular(), 8, side.left, top - 18, "Side view (from the left wall)");
        text(page, fonts.regular(), 8, topView.left, top - 18, "Top view (left wall at the top)");
        List<Placement> unnumbered = new ArrayList<>(inSection.stream()
                .filter(p -> p.x() + p.dx() / 2.0 >= from && p.x() + p.dx() / 2.0 < to).toList());
        unnumbered.removeAll(side.draw(page, inSection, c.heightCm()));
        unnumbered.removeAll(topView.draw(page, inSection, c.widthCm()));
        drawLegend(page, unnumbered, bottom - 12);
    }

    private void drawLegend(PDPageContentStream page, List<Placement> unnumbered, float y) throws IOException {
        if (unnumbered.isEmpty()) {
            return;
        }
        List<String> names = unnumbered.stream()
                .sorted(Comparator.comparingInt(step::get))
                .map(p -> p.item().id() + " (step " + (step.get(p) + 1) + ")").toList();
        List<String> lines = wrap("Hidden or too small to number: " + String.join(", ", names),
                PAGE.getWidth() - 2 * MARGIN, 7);
        for (int i = 0; i < Math.min(lines.size(), 5); i++) {
            String line = i == 4 && lines.size() > 5 ? "... and more: see the loading order list." : lines.get(i);
            text(page, fonts.regular(), 7, MARGIN, y - i * 9, line);
        }
    }

    private List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (PdfFonts.width(fonts.regular(), candidate, size) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** One projection of a section: side (x-z, seen from y = 0) or top (x-y, seen from above). */
    private final class View {
        final float left;
        final float bottom;
        final float scale;
        final double from;
        final double to;
        final boolean fromAbove;

        View(float left, float bottom, float scale, double from, double to, boolean fromAbove) {
            this.left = left;
            this.bottom = bottom;
            this.scale = scale;
            this.from = from;
            this.to = to;
            this.fromAbove = fromAbove;
        }

        /** Draws far packages first so near ones cover them; returns the packages whose number was printed. */
        List<Placement> draw(PDPageContentStream page, List<Placement> placements, int depthCm) throws IOException {
            float width = (float) ((to - from) * scale);
            float height = depthCm * scale;
            List<Placement> farFirst = new ArrayList<>(placements);
            farFirst.sort(fromAbove ? Comparator.comparingInt(Placement::zEnd)
                    : Comparator.comparingInt(Placement::y).reversed());
            page.saveGraphicsState();
            page.addRect(left, bottom, width, height);
            page.clip();
            page.setLineWidth(0.4f);
            page.setStrokingColor(0.25f, 0.25f, 0.25f);
            for (Placement p : farFirst) {
                int rgb = CategoryPalette.rgb(shipmentPlan.colourIndex(p.item().category()));
                page.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
                float[] r = rect(p);
                page.addRect(r[0], r[1], r[2], r[3]);
                page.fillAndStroke();
            }
            page.restoreGraphicsState();
            page.setLineWidth(1.2f);
            page.setStrokingColor(0f, 0f, 0f);
            page.addRect(left, bottom, width, height);
            page.stroke();
            page.setNonStrokingColor(0f, 0f, 0f);
            List<Placement> numbered = new ArrayList<>();
            for (int i = 0; i < farFirst.size(); i++) {
                Placement p = farFirst.get(i);
                double centre = p.x() + p.dx() / 2.0;
                if (centre >= from && centre < to && !coveredByNearer(p, farFirst.subList(i + 1, farFirst.size()))
                        && label(page, p)) {
                    numbered.add(p);
                }
            }
            return numbered;
        }

        /** {left, bottom, width, height} of the package in page points. */
        private float[] rect(Placement p) {
            float x = left + (float) ((p.x() - from) * scale);
            float w = p.dx() * scale;
            return fromAbove
                    ? new float[] {x, bottom + (plan.container().widthCm() - p.yEnd()) * scale, w, p.dy() * scale}
                    : new float[] {x, bottom + p.z() * scale, w, p.dz() * scale};
        }

        private boolean coveredByNearer(Placement p, List<Placement> nearer) {
            double cx = p.x() + p.dx() / 2.0;
            double cv = fromAbove ? p.y() + p.dy() / 2.0 : p.z() + p.dz() / 2.0;
            for (Placement q : nearer) {
                boolean inFront = fromAbove ? q.z() >= p.zEnd() : q.yEnd() <= p.y();
                if (inFront && q.x() < cx && cx < q.xEnd() && (fromAbove ? q.y() < cv && cv < q.yEnd()
                        : q.z() < cv && cv < q.zEnd())) {
                    return true;
                }
            }
            return false;
        }

        /** Prints the number inside the rectangle if it fits at a readable size. */
        private boolean label(PDPageContentStream page, Placement p) throws IOException {
            float[] r = rect(p);
            String number = p.item().id();
            for (float size : new float[] {7, 5}) {
                float textWidth = PdfFonts.width(fonts.regular(), number, size);
                if (textWidth <= r[2] - 2 && size + 1 <= r[3]) {
                    text(page, fonts.regular(), size, r[0] + (r[2] - textWidth) / 2, r[1] + (r[3] - size) / 2 + 1,
                            number);
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The container's loading order and its notices; after the last container also what stays behind and what could
     * not be planned. Rows with one cell are headings or sentences.
     */
    private List<String[]> listRows(LoadPlan containerPlan, boolean last) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Loading order (from the back wall to the door)"});
        rows.add(COLUMNS);
        List<Placement> placements = containerPlan.placements();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            Cargo item = p.item();
            rows.add(new String[] {Integer.toString(i + 1), item.id(), item.category(),
                p.x() + " / " + p.y() + " / " + p.z(), p.dx() + " x " + p.dy() + " x " + p.dz(),
                String.format(Locale.ROOT, "%.1f", item.weightKg()), handling(item)});
        }
        List<String> warnings = new ArrayList<>();
        containerPlan.notices().forEach(n -> warnings.add(ENGLISH.render(PlanMessages.of(n))));
        if (last) {
            List<UnplacedCargo> unplaced = shipmentPlan.unplaced();
            if (!unplaced.isEmpty()) {
                rows.add(new String[] {""});
                rows.add(new String[] {"Not in the plan (" + unplaced.size() + " packages)"});
                for (UnplacedCargo u : unplaced) {
                    rows.add(new String[] {"   " + u.item().id() + ": " + ENGLISH.render(u.explanation())});
                }
            }
            warnings.addAll(shipmentPlan.notPlannable());
        }
        if (!warnings.isEmpty()) {
            rows.add(new String[] {""});
            rows.add(new String[] {"Warnings and notes"});
            warnings.forEach(w -> rows.add(new String[] {"   " + w}));
        }
        return rows;
    }

    private static String handling(Cargo item) {
        List<String> marks = new ArrayList<>();
        if (item.thisSideUp()) {
            marks.add("this side up");
        }
        if (item.doNotStack()) {
            marks.add("do not stack");
        }
        if (item.fragile()) {
            marks.add("fragile");
        }
        return String.join(", ", marks);
    }

    private void drawRows(PDPageContentStream page, List<String[]> rows) throws IOException {
        float y = PAGE.getHeight() - MARGIN - HEADER_HEIGHT - 8;
        for (String[] row : rows) {
            if (row.length == 1) {
                boolean heading = !row[0].startsWith(" ");
                text(page, heading ? fonts.bold() : fonts.regular(), heading ? 9 : TABLE_FONT, MARGIN, y, row[0]);
            } else {
                PDType0Font font = row == COLUMNS ? fonts.bold() : fonts.regular();
                for (int c = 0; c < row.length; c++) {
                    text(page, font, TABLE_FONT, MARGIN + COLUMN_X[c], y, row[c]);
                }
            }
            y -= ROW_HEIGHT;
        }
    }

    private static void text(PDPageContentStream page, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(PdfFonts.printable(font, text));
        page.endText();
    }
}
