package org.shipshape.logic.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.PackProblem;
import org.shipshape.model.common.Severity;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.TestResult;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.loading.LoadRepository;
import org.shipshape.store.shipments.ShipmentRepository;
import static org.shipshape.logic.text.Texts.english;

class PackCheckTest {
    private static final String REF = "MLI-2026-01";

    @TempDir
    Path folder;
    private Workspace workspace;
    private CustomsFixture fixture;
    private CustomsDocuments documents;

    @BeforeEach
    void open() {
        workspace = openWorkspace("Test volunteer");
        fixture = new CustomsFixture(workspace);
        documents = new CustomsDocuments(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<PackProblem> check(boolean finalPack) {
        return documents.check(REF, finalPack, null).problems();
    }

    private long shipmentId() {
        return new ShipmentRepository(workspace.database()).findByReference(REF).orElseThrow().id();
    }

    private void changeShipment(java.util.function.UnaryOperator<Shipment> change) {
        ShipmentRepository shipments = new ShipmentRepository(workspace.database());
        Shipment stored = shipments.findByReference(REF).orElseThrow();
        shipments.update(change.apply(stored), shipments.version(stored.id()).orElseThrow().number());
    }

    private static Shipment withContainer(Shipment s, String container, String seal) {
        return new Shipment(s.id(), s.reference(), s.countryCode(), s.consignee(), s.consigneeAddress(),
                s.notifyParty(), s.portOfLoading(), s.portOfDischarge(), s.finalDestination(), s.vessel(), s.voyage(),
                s.billOfLading(), s.etd(), s.eta(), s.incoterm(), s.incotermPlace(), s.currency(),
                s.documentLanguages(), s.containerTypeCode(), container, seal, s.status());
    }

    @Test
    void aCompleteShipmentHasNoProblems() {
        fixture.completeShipment(REF, Language.FR);
        assertThat(check(true)).isEmpty();
    }

    @Test
    void linesWithoutHsCodeValueOrWeightBlockAndNameThePackageAndLine() {
        fixture.completeShipment(REF, Language.FR);
        long noCode = new CategoryRepository(workspace.database()).insert(new Category(0, "Garden things", null,
                "pcs", null, null, null));
        fixture.pkg(shipmentId(), REF + "-009", PackageKind.BOX, new Dimensions(40, 30, 30), "6.000", List.of(
                CustomsFixture.line(noCode, "Garden hoses", "3", "pcs", Condition.USED_GOOD, "9.00", "3.000", null,
                        null),
                CustomsFixture.line(fixture.categoryId("Towels"), "Bath towels", "10", "pcs", Condition.USED_GOOD,
                        "0", "2.000", null, null),
                CustomsFixture.line(fixture.categoryId("Towels"), "Hand towels", "10", "pcs", Condition.USED_GOOD,
                        null, null, null, null)));

        List<PackProblem> problems = check(false);

        assertThat(problems).filteredOn(PackProblem::isBlocking).extracting(p -> english(p.where()), p -> english(p.problem()))
                .contains(
                        org.assertj.core.groups.Tuple.tuple("package MLI-2026-01-009, line 1",
                                "\"Garden hoses\" has no HS code."),
                        org.assertj.core.groups.Tuple.tuple("package MLI-2026-01-009, line 2",
                                "\"Bath towels\" has a value of zero."),
                        org.assertj.core.groups.Tuple.tuple("package MLI-2026-01-009, line 3",
                                "\"Hand towels\" has no value."),
                        org.assertj.core.groups.Tuple.tuple("package MLI-2026-01-009, line 3",
                                "\"Hand towels\" has no net weight."));
        assertThat(problems).allSatisfy(p -> assertThat(english(p.fix())).isNotBlank());
    }

    @Test
    void packagesWithoutWeightBlockAndWithoutDimensionsWarn() {
        fixture.completeShipment(REF, Language.FR);
        fixture.pkg(shipmentId(), REF + "-010", PackageKind.BALE, null, null, List.of(
                CustomsFixture.line(fixture.categoryId("Used clothing (bales)"), "Used clothing", "40", "kg",
                        Condition.USED_FAIR, "40.00", "40.000", null, null)));

        List<PackProblem> problems = check(true);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.BLOCK);
            assertThat(english(p.where())).isEqualTo("package MLI-2026-01-010");
            assertThat(english(p.problem())).contains("no gross weight");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARN);
            assertThat(english(p.problem())).contains("no dimensions");
        });
    }

    @Test
    void aWrongContainerCheckDigitBlocksTheFinalPackNamingTheExpectedDigit() {
        fixture.completeShipment(REF, Language.FR);
        changeShipment(s -> withContainer(s, "CSQU3054381", "SEAL-1"));

        assertThat(check(true)).anySatisfy(p -> {
            assertThat(p.isBlocking()).isTrue();
            assertThat(english(p.problem())).contains("should be 3");
        });
        assertThat(check(false)).filteredOn(PackProblem::isBlocking).isEmpty();
    }

    @Test
    void theSealNumberIsNeededOnlyForTheFinalPack() {
        fixture.completeShipment(REF, Language.FR);
        changeShipment(s -> withContainer(s, CustomsFixture.VALID_CONTAINER, null));

        assertThat(check(true)).anyMatch(p -> p.isBlocking() && english(p.problem()).equals("The seal number is missing."));
        assertThat(check(false)).noneMatch(p -> english(p.problem()).contains("seal"));
    }

    @Test
    void aGrossWeightAboveThePayloadBlocks() {
        fixture.completeShipment(REF, Language.FR);
        fixture.pkg(shipmentId(), REF + "-011", PackageKind.PIECE, new Dimensions(200, 200, 200), "27000.000",
                List.of(CustomsFixture.line(fixture.categoryId("Other hand tools"), "Workshop tools", "500", "pcs",
                        Condition.USED_GOOD, "900.00", "26000.000", null, null)));

        assertThat(check(false)).anyMatch(p -> p.isBlocking() && english(p.problem()).contains("payload of 26,500 kg"));
    }

    @Test
    void destinationRulesBlockOrWarnAndSendToTheForwarder() {
        fixture.organisation();
        long moldova = fixture.shipment(REF, "MD", Language.RO);
        fixture.pkg(moldova, "MDA-001", PackageKind.PIECE, new Dimensions(60, 60, 150), "50.000", List.of(
                CustomsFixture.line(fixture.categoryId("Fridges"), "Fridge, used", "1", "pcs", Condition.USED_GOOD,
                        "80.00", "45.000", null, fixture.item("Fridges", "Fridge, used", Condition.USED_GOOD,
                                TestResult.WORKING, java.time.LocalDate.of(2026, 1, 5)))));

        assertThat(check(true)).anySatisfy(p -> {
            assertThat(p.isBlocking()).isTrue();
            assertThat(english(p.where())).isEqualTo("package MDA-001 line 1");
            assertThat(english(p.problem())).contains("Moldova", "Confirm with your forwarder");
        });
    }

    @Test
    void failedAndMissingTestRecordsOfUsedElectricalGoodsAreReported() {
        fixture.completeShipment(REF, Language.FR);
        long broken = fixture.item("Printers", "Printer, HP", Condition.USED_FAIR, TestResult.NOT_WORKING,
                java.time.LocalDate.of(2026, 2, 3));
        fixture.pkg(shipmentId(), REF + "-012", PackageKind.BOX, new Dimensions(50, 40, 30), "10.000", List.of(
                CustomsFixture.line(fixture.categoryId("Printers"), "Printer, HP", "1", "pcs", Condition.USED_FAIR,
                        "20.00", "9.000", null, broken),
                CustomsFixture.line(fixture.categoryId("Monitors"), "Monitor", "1", "pcs", Condition.USED_FAIR,
                        "20.00", "0.500", null, null)));

        List<PackProblem> problems = check(false);

        assertThat(problems).anyMatch(p -> p.isBlocking() && english(p.problem()).contains("failed its test"));
        assertThat(problems).anyMatch(p -> !p.isBlocking() && english(p.problem()).contains("have no test record"));
    }

    @Test
    void packagesMissingFromTheContainerListAreReported() {
        fixture.completeShipment(REF, Language.FR);
        PackageRepository packages = new PackageRepository(workspace.database());
        long first = packages.findByNumber(REF + "-001").orElseThrow().id();
        new LoadRepository(workspace.database()).load(shipmentId(), first, Instant.now(), "Loader");

        assertThat(check(true)).anySatisfy(p -> {
            assertThat(p.isBlocking()).isFalse();
            assertThat(english(p.problem())).contains("3 packages of the shipment are not on the container list");
        });
        changeShipment(s -> s.withStatus(ShipmentStatus.SEALED));
        assertThat(check(true)).anyMatch(p -> p.isBlocking() && english(p.problem()).contains("not on the container list"));
    }

    @Test
    void anEmptyPackageMakesTheHsSummaryDisagreeAndBlocks() {
        fixture.completeShipment(REF, Language.FR);
        fixture.pkg(shipmentId(), REF + "-013", PackageKind.BOX, new Dimensions(40, 30, 30), "3.000", List.of());

        assertThat(check(false)).filteredOn(PackProblem::isBlocking).extracting(p -> english(p.problem()))
                .anyMatch(text -> text.contains("no content lines"))
                .anyMatch(text -> text.contains("HS summary would show 88.5 kg gross but the packing list 91.5 kg"));
    }

    @Test
    void missingTranslationsWarn() {
        fixture.completeShipment(REF, Language.FR);
        workspace.database().write(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM phrase WHERE key = 'aid' AND language = 'fr'");
            }
        });
        assertThat(check(true)).anyMatch(p -> !p.isBlocking() && english(p.problem()).contains("missing for aid"));
    }

    /** The warehouse the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Workspace openWorkspace(String user) {
        return Workspace.open(folder.resolve("t.db"), false, user);
    }
}
