package org.shipshape.logic.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.model.common.Language;
import org.shipshape.model.labels.LabelStock;

/**
 * The calibration page of a label stock (Reference data > Label stocks > Print test page): one page of the stock's
 * size, a frame where each label will print with the offsets being tried, the labels' numbers, a 100 mm bar, and
 * the instructions in the volunteer's language. Read back from the PDF: its text and the shapes it draws.
 */
class LabelTestPageTest {
    private static final double POINTS_PER_MM = 72 / 25.4;
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private LabelStocks stocks;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        stocks = new LabelStocks(fixture.workspace);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSheetPageIsTheStocksSizeWithAFrameWhereEachLabelPrintsShiftedByTheOffsetTried() throws IOException {
        LabelStock sheet = stock("l7165");
        Path file = folder.resolve("calibration-l7165.pdf");

        stocks.writeTestPage("l7165", 1.5, -2.0, Language.EN, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat((double) page.getWidth()).isCloseTo(sheet.pageWidthMm() * POINTS_PER_MM, within(0.05));
            assertThat((double) page.getHeight()).isCloseTo(sheet.pageHeightMm() * POINTS_PER_MM, within(0.05));

            Shapes shapes = Shapes.of(pdf.getPage(0));
            assertThat(shapes.rectangles).hasSize(sheet.columns() * sheet.rows());
            for (int row = 0; row < sheet.rows(); row++) {
                for (int column = 0; column < sheet.columns(); column++) {
                    double leftMm = sheet.marginLeftMm() + column * sheet.pitchXMm() + 1.5;
                    double topMm = sheet.marginTopMm() + row * sheet.pitchYMm() - 2.0;
                    Rectangle2D expected = new Rectangle2D.Double(leftMm * POINTS_PER_MM,
                            (sheet.pageHeightMm() - topMm - sheet.labelHeightMm()) * POINTS_PER_MM,
                            sheet.labelWidthMm() * POINTS_PER_MM, sheet.labelHeightMm() * POINTS_PER_MM);
                    assertThat(shapes.rectangles).as("frame of label row %d column %d", row + 1, column + 1)
                            .anySatisfy(frame -> assertSame(frame, expected));
                }
            }
            assertThat(shapes.longestHorizontalLine()).as("the scale bar")
                    .isCloseTo(LabelTestPage.SCALE_BAR_MM * POINTS_PER_MM, within(0.05));

            String text = new PDFTextStripper().getText(pdf);
            assertThat(labelNumbers(text)).as("each frame's number, row by row")
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(text).contains("Calibration page for " + sheet.name() + ": offset 1.5 mm across, -2 mm down.")
                    .contains("Each frame should sit on a label's edges.")
                    .contains("The bar in the middle is 100 mm long");
        }
    }

    @Test
    void aRollLabelGetsOneFrameOnItsOwnPageSizeAndTheInstructionsInFrench() throws IOException {
        LabelStock roll = stock("4x6");
        Path file = folder.resolve("calibration-4x6.pdf");

        stocks.writeTestPage("4x6", 0, 0, Language.FR, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat((double) page.getWidth()).isCloseTo(roll.pageWidthMm() * POINTS_PER_MM, within(0.05));
            assertThat((double) page.getHeight()).isCloseTo(roll.pageHeightMm() * POINTS_PER_MM, within(0.05));
            Shapes shapes = Shapes.of(pdf.getPage(0));
            assertThat(shapes.rectangles).singleElement().satisfies(frame -> assertSame(frame,
                    new Rectangle2D.Double(roll.marginLeftMm() * POINTS_PER_MM,
                            (roll.pageHeightMm() - roll.marginTopMm() - roll.labelHeightMm()) * POINTS_PER_MM,
                            roll.labelWidthMm() * POINTS_PER_MM, roll.labelHeightMm() * POINTS_PER_MM)));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(labelNumbers(text)).containsExactly("1");
            assertThat(text).contains("Page de calibrage pour " + roll.name() + " : décalage de 0 mm")
                    .contains("La barre du milieu mesure 100 mm");
        }
    }

    private LabelStock stock(String code) {
        return stocks.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** The numbers printed in the frames: the words of the lines made of numbers only. */
    private static List<String> labelNumbers(String text) {
        return text.lines().filter(line -> line.matches("[0-9 ]+")).flatMap(line -> List.of(line.trim()
                .split(" +")).stream()).toList();
    }

    private static void assertSame(Rectangle2D actual, Rectangle2D expected) {
        assertThat(actual.getX()).isCloseTo(expected.getX(), within(0.05));
        assertThat(actual.getY()).isCloseTo(expected.getY(), within(0.05));
        assertThat(actual.getWidth()).isCloseTo(expected.getWidth(), within(0.05));
        assertThat(actual.getHeight()).isCloseTo(expected.getHeight(), within(0.05));
    }

    /** The rectangles and straight lines a page draws, in page points. */
    private static final class Shapes extends PDFGraphicsStreamEngine {
        final List<Rectangle2D> rectangles = new ArrayList<>();
        final List<Line2D> lines = new ArrayList<>();
        private Point2D current;

        private Shapes(PDPage page) {
            super(page);
        }

        static Shapes of(PDPage page) throws IOException {
            Shapes shapes = new Shapes(page);
            shapes.processPage(page);
            return shapes;
        }

        double longestHorizontalLine() {
            return lines.stream().filter(l -> Math.abs(l.getY1() - l.getY2()) < 0.01)
                    .mapToDouble(l -> Math.abs(l.getX2() - l.getX1())).max().orElse(0);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D next = new Point2D.Float(x, y);
            if (current != null) {
                lines.add(new Line2D.Double(current, next));
            }
            current = next;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
