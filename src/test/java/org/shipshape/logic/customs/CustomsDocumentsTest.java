package org.shipshape.logic.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.logic.task.CancelAfterReports;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.DocumentKind;
import org.shipshape.model.customs.DocumentRevision;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.shipments.ShipmentRepository;

class CustomsDocumentsTest {
    private static final String REF = "MLI-2026-01";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private Workspace workspace;
    private CustomsFixture fixture;
    private CustomsDocuments documents;
    private Path out;

    @BeforeEach
    void openWorkspace() throws Exception {
        workspace = Workspace.open(folder.resolve("t.db"), false, "Test volunteer");
        fixture = new CustomsFixture(workspace);
        documents = new CustomsDocuments(workspace, CLOCK);
        out = Files.createDirectory(folder.resolve("out"));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void aFinalPackWritesEveryDocumentWithTheHeaderOnEachPage() throws Exception {
        fixture.completeShipment(REF, Language.FR);

        CustomsDocuments.PackResult result = documents.writePack(REF, null, false, out, Progress.NONE);

        assertThat(result.revision()).isEqualTo(1);
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly("packing-list.pdf",
                "proforma-invoice.pdf", "donation-certificate.pdf", "hs-summary.pdf", "door-summary.pdf",
                "test-records.pdf");
        for (DocumentKind kind : DocumentKind.values()) {
            String text = PdfText.of(out.resolve(kind.fileName())).text();
            assertThat(text).contains(kind.documentNumber(REF), "Revision / Révision: 1", "Date: 2026-03-02",
                    "Harbour of Hope Trust", "Centre Espoir Bamako", "Transit Sahel SARL, Dakar", "MSC Aurora / AU612W",
                    "MEDU1234567", "Felixstowe", "CSQU3054383", "SEAL-778812", "CIF Dakar", "Page 1 of 1");
            assertThat(text).doesNotContain("DRAFT");
        }
    }

    @Test
    void totalsOnEveryDocumentEqualTheDatabase() throws Exception {
        fixture.completeShipment(REF, Language.FR);
        documents.writePack(REF, null, false, out, Progress.NONE);

        long grossGrams = sql("SELECT sum(gross_g) FROM parcel");
        long netGrams = sql("SELECT sum(net_g) FROM content_line");
        long valueMinor = sql("SELECT sum(value_minor) FROM content_line");
        String gross = CustomsFormat.kg(Decimals.fromGrams(grossGrams));
        String net = CustomsFormat.kg(Decimals.fromGrams(netGrams));
        String value = CustomsFormat.money(Decimals.fromMinorUnits(valueMinor));
        assertThat(gross).isEqualTo("88.500");
        assertThat(value).isEqualTo("324.00");
        assertThat(text("packing-list.pdf")).contains(net + " " + gross);
        assertThat(text("proforma-invoice.pdf")).contains(value + " EUR");
        assertThat(text("hs-summary.pdf")).contains(net + " " + gross + " " + value);
        assertThat(text("donation-certificate.pdf")).contains(gross + " kg gross", value + " EUR");
        assertThat(text("door-summary.pdf")).contains(gross);
        CustomsTotals totals = documents.totals(REF);
        assertThat(totals.grossKg()).isEqualByComparingTo(Decimals.fromGrams(grossGrams));
        assertThat(totals.value()).isEqualByComparingTo(Decimals.fromMinorUnits(valueMinor));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr|Sans valeur commerciale - valeur à usage exclusivement douanier|Liste de colisage|Vêtements pour hommes",
        "ro|Fără valoare comercială - valoare declarată doar în scop vamal|Listă de colisaj|Haine bărbătești",
        "ru|Без коммерческой ценности - стоимость указана только для таможенных целей|Упаковочный лист|Мужская одежда",
        "hy|Առևտրային արժեք չունի - արժեքը նշված է միայն մաքսային նպատակներով|Փաթեթավորման ցուցակ|Տղամարդու հագուստ"})
    void theDocumentLanguageIsPrintedBesideEnglish(String code, String valuePhrase, String title, String category)
            throws Exception {
        fixture.completeShipment(REF, Language.EN);

        documents.writePack(REF, Language.fromCode(code).orElseThrow(), true, out, Progress.NONE);

        String invoice = text("proforma-invoice.pdf");
        assertThat(invoice).contains("No commercial value - value for customs purposes only", valuePhrase, category);
        assertThat(text("packing-list.pdf")).contains("Packing list", title, category);
    }

    @Test
    void theShipmentsOwnLanguageIsUsedWithoutAnOverride() throws Exception {
        fixture.completeShipment(REF, null);

        documents.writePack(REF, null, true, out, Progress.NONE);

        assertThat(text("proforma-invoice.pdf")).contains("Sans valeur commerciale", "Facture pro forma");
    }

    @Test
    void aBlockedFinalPackWritesNoFileAndStoresNoRevision() throws Exception {
        fixture.completeShipment(REF, Language.FR);
        ShipmentRepository shipments = new ShipmentRepository(workspace.database());
        var shipment = shipments.findByReference(REF).orElseThrow();
        shipments.update(new org.shipshape.model.shipments.Shipment(shipment.id(), REF, "ML", shipment.consignee(),
                null, null, null, "Dakar", null, null, null, null, null, null, "CIF", "Dakar", "EUR",
                List.of(Language.FR), "40HC", shipment.containerNumber(), null, ShipmentStatus.LOADING),
                shipments.version(shipment.id()).orElseThrow().number());

        assertThatThrownBy(() -> documents.writePack(REF, null, false, out, Progress.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("seal number is missing");

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(documents.revisions(REF)).isEmpty();
    }

    @Test
    void aDraftPackIsWatermarkedAndNotStored() throws Exception {
        fixture.completeShipment(REF, Language.FR);

        CustomsDocuments.PackResult result = documents.writePack(REF, null, true, out, Progress.NONE);

        assertThat(result.revision()).isZero();
        assertThat(text("packing-list.pdf")).contains("DRAFT", "BROUILLON");
        assertThat(documents.revisions(REF)).isEmpty();
    }

    @Test
    void aStoredRevisionReprintsByteForByte() throws Exception {
        fixture.completeShipment(REF, Language.FR);
        documents.writePack(REF, null, false, out, Progress.NONE);
        documents.writePack(REF, null, false, out, Progress.NONE);

        List<DocumentRevision> revisions = documents.revisions(REF);
        assertThat(revisions).extracting(DocumentRevision::revision).contains(1, 2);
        DocumentRevision latestInvoice = revisions.stream().filter(r -> r.revision() == 2
                && r.kind() == DocumentKind.PROFORMA_INVOICE).findFirst().orElseThrow();
        Path reprinted = documents.reprint(latestInvoice.id(), folder.resolve("again.pdf"));

        byte[] original = Files.readAllBytes(out.resolve("proforma-invoice.pdf"));
        assertThat(Files.readAllBytes(reprinted)).isEqualTo(original);
        assertThat(CustomsDocuments.sha256(original)).isEqualTo(latestInvoice.sha256());
        assertThat(latestInvoice.documentNumber()).isEqualTo("MLI-2026-01-PI");
        assertThat(PdfText.of(reprinted).text()).contains("Revision / Révision: 2");
    }

    @Test
    void aSealedShipmentWithAPackOnRecordIsLocked() {
        long id = fixture.completeShipment(REF, Language.FR);
        documents.writePack(REF, null, false, out, Progress.NONE);
        ShipmentRepository shipments = new ShipmentRepository(workspace.database());
        shipments.update(shipments.findById(id).orElseThrow().withStatus(ShipmentStatus.SEALED),
                shipments.version(id).orElseThrow().number());

        assertThatThrownBy(() -> documents.writePack(REF, null, false, out, Progress.NONE))
                .isInstanceOf(UserInputException.class).hasMessageContaining("locked");
        assertThat(documents.reprintPack(REF, 1, folder)).hasSize(6);
    }

    @Test
    void donorNamesAddressesAndPhonesNeverAppearOnCustomsDocuments() throws Exception {
        fixture.completeShipment(REF, Language.FR);
        long extra = fixture.item("Laptops", "Laptop, Dell", Condition.USED_GOOD, null,
                java.time.LocalDate.of(2026, 2, 2));
        long shipmentId = new ShipmentRepository(workspace.database()).findByReference(REF).orElseThrow().id();
        fixture.pkg(shipmentId, REF + "-005", PackageKind.BOX, new Dimensions(40, 30, 20), "4.000", List.of(
                CustomsFixture.line(fixture.categoryId("Laptops"), "Laptop, Dell", "1", "pcs", Condition.USED_GOOD,
                        "60.00", "2.500", null, extra)));

        CustomsDocuments.PackResult result = documents.writePack(REF, null, true, out, Progress.NONE);

        for (Path file : result.files()) {
            assertThat(PdfText.of(file).text()).as(file.getFileName().toString())
                    .doesNotContain(CustomsFixture.DONOR_NAME, "Quillfeather", CustomsFixture.DONOR_PHONE,
                            "7700 900417", CustomsFixture.DONOR_ADDRESS, "Larkspur", "zebediah@quill.example");
        }
    }

    @Test
    void usedElectricalGoodsWithoutATestRecordAreFlagged() throws Exception {
        long shipmentId = fixture.completeShipment(REF, Language.FR);
        fixture.pkg(shipmentId, REF + "-005", PackageKind.BOX, new Dimensions(40, 30, 20), "4.000", List.of(
                CustomsFixture.line(fixture.categoryId("Monitors"), "Monitor, 22 inch", "1", "pcs",
                        Condition.USED_FAIR, "30.00", "3.500", null, null)));

        documents.writePack(REF, null, true, out, Progress.NONE);

        String records = text("test-records.pdf");
        assertThat(records).contains("Fridge, Bosch, white", "Sam Tester", "Working / Fonctionne",
                "Monitor, 22 inch", "NO TEST RECORD / AUCUN RAPPORT D'ESSAI", "not waste");
    }

    @Test
    void shipmentsWithoutUsedElectricalGoodsGetNoTestRecords() throws Exception {
        fixture.organisation();
        long shipmentId = fixture.shipment(REF, "ML", Language.FR);
        fixture.pkg(shipmentId, REF + "-001", PackageKind.BALE, new Dimensions(80, 50, 50), "60.000", List.of(
                CustomsFixture.line(fixture.categoryId("Used clothing (bales)"), "Used clothing in bales", "58",
                        "kg", Condition.USED_FAIR, "58.00", "58.000", null, null)));

        CustomsDocuments.PackResult result = documents.writePack(REF, null, false, out, Progress.NONE);

        assertThat(result.files()).extracting(p -> p.getFileName().toString()).doesNotContain("test-records.pdf");
        assertThat(Files.exists(out.resolve("test-records.pdf"))).isFalse();
    }

    @Test
    void aLargePackNumbersItsPagesConsistently() throws Exception {
        fixture.largeShipment("BIG", 1500, 2);

        documents.writePack("BIG", Language.FR, true, out, Progress.NONE);

        PdfText packingList = PdfText.of(out.resolve("packing-list.pdf"));
        int rows = 1500 + 3000 + 1;
        float rowsPerPage = new PdfLayoutProbe().rowsPerLandscapePage();
        assertThat(packingList.pages()).isGreaterThanOrEqualTo((int) Math.ceil(rows / rowsPerPage));
        assertPagesNumbered(packingList);
        PdfText invoice = PdfText.of(out.resolve("proforma-invoice.pdf"));
        assertThat(invoice.pages()).isGreaterThanOrEqualTo((int) Math.ceil(3001 / rowsPerPage));
        assertPagesNumbered(invoice);
        assertThat(invoice.text()).contains("BIG-1500");
        assertThat(PdfText.of(out.resolve("door-summary.pdf")).pages()).isEqualTo(1);
        assertThat(packingList.text()).contains("1500 Packages / Colis");
    }

    private static void assertPagesNumbered(PdfText pdf) {
        Matcher matcher = Pattern.compile("Page (\\d+) of (\\d+)").matcher(pdf.text());
        int expectedPage = 1;
        while (matcher.find()) {
            assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(expectedPage++);
            assertThat(Integer.parseInt(matcher.group(2))).isEqualTo(pdf.pages());
        }
        assertThat(expectedPage - 1).isEqualTo(pdf.pages());
    }

    private String text(String fileName) throws Exception {
        return PdfText.of(out.resolve(fileName)).text();
    }

    private long sql(String query) {
        return workspace.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Rows of one line that fit below the header of a landscape customs document. */
    private final class PdfLayoutProbe {
        float rowsPerLandscapePage() {
            CustomsTotals totals = documents.totals("BIG");
            assertThat(totals.packages()).isEqualTo(1500);
            try (var report = org.shipshape.logic.pdf.PdfReport.create(
                    org.shipshape.logic.pdf.PdfReport.Orientation.LANDSCAPE,
                    new org.shipshape.logic.pdf.PdfReport.Header("t", "s", List.of(), List.of(), List.of()),
                    new org.shipshape.logic.pdf.PdfReport.Footer("", "", null))) {
                return report.bodyHeight() / org.shipshape.logic.pdf.PdfReport.singleLineRowHeight();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void aCancelledFinalPackWritesAndStoresNothing() throws Exception {
        fixture.completeShipment(REF, Language.FR);
        Progress cancelSoon = new CancelAfterReports(2);

        assertThatThrownBy(() -> documents.writePack(REF, null, false, out, cancelSoon))
                .isInstanceOf(org.shipshape.logic.task.CancelledException.class);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(documents.revisions(REF)).isEmpty();
    }

    @Test
    void valuesAreExactDecimals() {
        fixture.completeShipment(REF, Language.FR);
        assertThat(documents.totals(REF).value()).isEqualTo(new BigDecimal("324.00"));
    }
}
