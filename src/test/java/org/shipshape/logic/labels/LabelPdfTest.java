package org.shipshape.logic.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.labels.LabelStock;

public class LabelPdfTest {
    private static final int DPI = 300;
    @TempDir
    Path folder;
    PackingFixture fixture;
    LabelService labels;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        labels = new LabelService(fixture.workspace);
        for (int i = 1; i <= 12; i++) {
            fixture.packageWith(String.format("MLD-%04d", i), fixture.moldova, new BigDecimal("12.5"),
                    "Used clothing (bales)", 20 + i, "Children's picture books", i);
        }
        fixture.packageWith("ARM-0001", fixture.armenia, new BigDecimal("8"), "Books", 30, "Blankets, cotton", 4);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4x6", "a6", "l7165", "5164", "5163"})
    void everyBarcodeAndQrCodeOnEveryStockDecodesToItsPackageNumber(String stockCode) throws IOException {
        Path pdf = folder.resolve(stockCode + ".pdf");
        LabelReport report = labels.writePdf(labels.forShipment("MLD-2026-01", List.of()), stockCode, 1, pdf,
                Progress.NONE);
        LabelStock stock = labels.stock(stockCode);

        List<String> code128 = new ArrayList<>();
        List<String> qr = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(report.pages())
                    .isEqualTo((12 + stock.labelsPerPage() - 1) / stock.labelsPerPage());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI);
                for (int slot = 0; slot < stock.labelsPerPage(); slot++) {
                    BufferedImage label = crop(image, stock, slot);
                    decode(label, BarcodeFormat.CODE_128).ifPresent(code128::add);
                    decode(label, BarcodeFormat.QR_CODE).ifPresent(qr::add);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            expected.add(String.format("MLD-%04d", i));
        }
        assertThat(code128).containsExactlyElementsOf(expected);
        assertThat(qr).containsExactlyElementsOf(expected);
        assertThat(report.shortened()).isEmpty();
    }

    @Test
    void printingStartsAtTheChosenPositionOfAPartlyUsedSheet() throws IOException {
        Path pdf = folder.resolve("start.pdf");
        LabelReport report = labels.writePdf(labels.forShipment("MLD-2026-01", List.of("MLD-0001", "MLD-0002",
                "MLD-0003")), "l7165", 6, pdf, Progress.NONE);
        LabelStock stock = labels.stock("l7165");

        assertThat(report.pages()).isEqualTo(1);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            assertThat(decode(crop(page, stock, 4), BarcodeFormat.CODE_128)).isEmpty();
            assertThat(decode(crop(page, stock, 5), BarcodeFormat.CODE_128)).contains("MLD-0001");
            assertThat(decode(crop(page, stock, 7), BarcodeFormat.QR_CODE)).contains("MLD-0003");
        }
    }

    @Test
    void aStartPositionOffTheSheetIsRejected() {
        List<LabelData> data = labels.forShipment("MLD-2026-01", List.of("MLD-0001"));
        assertThatThrownBy(() -> labels.writePdf(data, "5163", 11, folder.resolve("x.pdf"), Progress.NONE))
                .isInstanceOf(UserInputException.class).hasMessageContaining("from 1 to 10");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void romanianArmenianAndRussianContentsPrintIntact() throws IOException {
        List<LabelData> data = new ArrayList<>(labels.forShipment("MLD-2026-01", List.of("MLD-0003")));
        data.addAll(labels.forShipment("ARM-2026-02", List.of()));
        data.add(new LabelData("RUS-0001", 1, 1, "Armenia", "Центр помощи", "ARM-2026-02",
                List.of("Blankets, cotton 4 pcs"), List.of("Одеяла хлопковые 4 pcs"), BigDecimal.TEN,
                Set.of(HandlingMark.ELECTRICAL, HandlingMark.DO_NOT_STACK, HandlingMark.HEAVY)));
        Path pdf = folder.resolve("unicode.pdf");
        labels.writePdf(data, "a6", 1, pdf, Progress.NONE);

        String text = text(pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("Îmbrăcăminte uzată (baloți) 23 kg", "Cărți ilustrate pentru copii 3 pcs",
                "Asociația Speranța", "3 of 12", "MLD-2026-01", "Moldova", "12.5 kg");
        assertThat(text).contains("Գրքեր 30 pcs", "Բամբակյա վերմակներ 4 pcs", "1 of 1", "Armenia");
        assertThat(text).contains("Одеяла хлопковые 4 pcs", "Центр помощи");
        assertThat(text).contains("FRAGILE", "THIS SIDE UP", "ELECTRICAL", "DO NOT STACK", "HEAVY");
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        Path pdf = folder.resolve("font.pdf");
        labels.writePdf(labels.forShipment("MLD-2026-01", List.of("MLD-0001")), "4x6", 1, pdf, Progress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans.*"));
        }
    }

    @Test
    void longContentsAreShrunkAndWrappedNotCut() throws IOException {
        List<String> many = new ArrayList<>();
        for (String name : List.of("Kitchenware, stainless steel", "Ceramic tableware", "Cutlery sets",
                "Bed linen, cotton", "Towels", "Quilts and duvets")) {
            many.add(name + " 12 pcs");
        }
        LabelData label = new LabelData("MLD-0100", 1, 1, "Moldova", "Asociația Speranța, Chișinău", "MLD-2026-01",
                many, List.of(), BigDecimal.ONE, Set.of());
        Path pdf = folder.resolve("long.pdf");

        LabelReport report = labels.writePdf(List.of(label), "5163", 1, pdf, Progress.NONE);

        assertThat(report.shortened()).isEmpty();
        String text = text(pdf).replaceAll("\\s+", " ");
        many.forEach(line -> assertThat(text).contains(line));
    }

    @Test
    void contentsTooLongEvenAtTheSmallestSizeAreCutVisiblyAndReported() throws IOException {
        List<String> endless = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            endless.add("Children's picture books " + i + " pcs");
        }
        LabelData label = new LabelData("MLD-0101", 1, 1, "Moldova", "", "MLD-2026-01", endless, List.of(),
                null, Set.of());
        Path pdf = folder.resolve("cut.pdf");

        LabelReport report = labels.writePdf(List.of(label), "5163", 1, pdf, Progress.NONE);

        assertThat(report.shortened()).singleElement().asString().contains("MLD-0101");
        assertThat(text(pdf)).contains("…").contains("Gross: ______ kg");
    }

    @Test
    void unknownPackagesAndStocksAreRejectedByName() {
        assertThatThrownBy(() -> labels.forShipment("MLD-2026-01", List.of("MLD-0001", "MLD-0777")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("MLD-0777")
                .hasMessageNotContaining("MLD-0001,");
        assertThatThrownBy(() -> labels.stock("a4")).hasMessageContaining("4x6, 5163, 5164, a6, l7165");
        assertThatThrownBy(() -> labels.forShipment("NOPE-1", List.of())).hasMessageContaining("NOPE-1");
    }

    @Test
    void reprintsOfASelectionKeepTheirPlaceInTheShipment() {
        List<LabelData> selection = labels.forPackages(List.of("mld-0007", "ARM-0001"));
        assertThat(selection).extracting(LabelData::packageNumber).containsExactly("ARM-0001", "MLD-0007");
        assertThat(selection.get(1).position()).isEqualTo(7);
        assertThat(selection.get(1).total()).isEqualTo(12);
    }

    @Test
    void barsAreWholePrinterDotsWithQuietZonesAndHeightToSpec() {
        boolean[] bars = VectorBarcodes.code128("MLD-0001");
        float width = 93.6f * VectorBarcodes.POINTS_PER_MM;
        float module = VectorBarcodes.moduleWidth(bars.length, width, 203);
        float dots = module * 203 / 72f;

        assertThat(Math.abs(dots - Math.round(dots))).isLessThan(1e-3f);
        assertThat(VectorBarcodes.totalWidth(bars.length, module)).isLessThanOrEqualTo(width);
        assertThat(VectorBarcodes.quietZone(module)).isGreaterThanOrEqualTo(6.35f * VectorBarcodes.POINTS_PER_MM)
                .isGreaterThanOrEqualTo(10 * module);
        assertThat(bars[0]).isTrue();
        assertThat(bars[bars.length - 1]).isTrue();
    }

    @Test
    void theWrittenFileReplacesAnOldOneWholeAndLeavesNoTemporaryFile() throws IOException {
        Path pdf = folder.resolve("out.pdf");
        Files.writeString(pdf, "old");
        labels.writePdf(labels.forShipment("MLD-2026-01", List.of("MLD-0001")), "a6", 1, pdf, Progress.NONE);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    public static BufferedImage crop(BufferedImage page, LabelStock stock, int slot) {
        double px = DPI / 25.4;
        int column = slot % stock.columns();
        int row = slot / stock.columns();
        int x = (int) Math.floor((stock.marginLeftMm() + column * stock.pitchXMm() + stock.offsetXMm()) * px);
        int y = (int) Math.floor((stock.marginTopMm() + row * stock.pitchYMm() + stock.offsetYMm()) * px);
        int w = Math.min(page.getWidth() - x, (int) Math.ceil(stock.labelWidthMm() * px));
        int h = Math.min(page.getHeight() - y, (int) Math.ceil(stock.labelHeightMm() * px));
        return page.getSubimage(x, y, w, h);
    }

    public static Optional<String> decode(BufferedImage image, BarcodeFormat format) {
        MultiFormatReader reader = new MultiFormatReader();
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            Result result = reader.decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), hints);
            return Optional.of(result.getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
