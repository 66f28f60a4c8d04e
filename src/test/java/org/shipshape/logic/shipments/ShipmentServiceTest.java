package org.shipshape.logic.shipments;

import org.shipshape.logic.loading.LoadingService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.audit.AuditEntry;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.ArrivalState;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.audit.AuditRepository;
import static org.shipshape.logic.text.Texts.english;

class ShipmentServiceTest {
    @TempDir
    Path folder;
    Workspace workspace;
    ShippingFixture fixture;
    ShipmentService service;

    @BeforeEach
    void open() {
        workspace = ShippingFixture.open(folder);
        fixture = new ShippingFixture(workspace);
        service = new ShipmentService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Shipment full(Shipment s, String containerNumber, String seal) {
        return new Shipment(s.id(), s.reference(), s.countryCode(), s.consignee(), "Rue 12, Bamako", "Agent SA",
                "Antwerp", "Dakar", "Bamako", "MSC Anna", "042W", "BL-778", LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 4, 20), "CIF", "Dakar", s.currency(), s.documentLanguages(), s.containerTypeCode(),
                containerNumber, seal, s.status());
    }

    @Test
    void aNewShipmentTakesTheDestinationsDocumentLanguagesAndKeepsEveryField() {
        Shipment created = service.create(Shipment.planned(" ARM-2026-01 ", "am", "Aid Yerevan", "eur", "40hc"));
        service.update(full(created, "csqu 305438 3", "SL-1"));

        Shipment stored = service.require("arm-2026-01");
        assertThat(stored.documentLanguages()).containsExactly(Language.HY, Language.RU);
        assertThat(stored.countryCode()).isEqualTo("AM");
        assertThat(stored.currency()).isEqualTo("EUR");
        assertThat(stored.containerTypeCode()).isEqualTo("40HC");
        assertThat(stored.containerNumber()).isEqualTo("CSQU3054383");
        assertThat(stored.vessel()).isEqualTo("MSC Anna");
        assertThat(stored.eta()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(stored.incoterm()).isEqualTo("CIF");
        assertThat(stored.status()).isEqualTo(ShipmentStatus.PLANNING);
    }

    @Test
    void invalidFieldsAreAllReportedByName() {
        fixture.shipment("MLI-2026-01", "20GP");
        Shipment bad = new Shipment(0, "MLI-2026-01", "Mali", " ", null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), "XYZ", null, "EURO", List.of(), "45HQ",
                "CSQU3054384", null, ShipmentStatus.PLANNING);

        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(UserInputException.class, e ->
                assertThat(english(e)).satisfiesExactlyInAnyOrder(
                        p -> assertThat(p).startsWith("Reference MLI-2026-01 is already used"),
                        p -> assertThat(p).startsWith("Country must be a two-letter code"),
                        p -> assertThat(p).startsWith("Consignee is empty"),
                        p -> assertThat(p).startsWith("Currency must be"),
                        p -> assertThat(p).startsWith("Container type 45HQ does not exist"),
                        p -> assertThat(p).startsWith("Incoterm XYZ is not known"),
                        p -> assertThat(p).isEqualTo("Container number CSQU3054384: the check digit should be 3."),
                        p -> assertThat(p).startsWith("ETA Apr 1, 2026 is before ETD May 1, 2026")));
        assertThat(service.shipments()).hasSize(1);
    }

    @Test
    void unknownDocumentLanguagesAreNamed() {
        assertThat(ShipmentService.parseLanguages("fr; ro")).containsExactly(Language.FR, Language.RO);
        assertThatThrownBy(() -> ShipmentService.parseLanguages("fr;de")).hasMessageContaining("\"de\" is not known");
    }

    @Test
    void sealingNeedsContainerNumberSealAndALoadedPackage() {
        Shipment s = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBox(s.id(), "MLI-0001", "10");
        service.moveTo(s.id(), ShipmentStatus.PACKING, null);
        service.moveTo(s.id(), ShipmentStatus.LOADING, null);

        assertThat(english(service.whyNot(service.get(s.id()), ShipmentStatus.SEALED))).hasValueSatisfying(reason ->
                assertThat(reason).contains("enter the container number", "enter the seal number",
                        "load at least one package"));
        assertThatThrownBy(() -> service.moveTo(s.id(), ShipmentStatus.SEALED, null))
                .isInstanceOf(UserInputException.class);

        new LoadingService(workspace).load(s.id(), "MLI-0001");
        service.update(full(service.get(s.id()), "CSQU3054383", "SEAL-9"));
        assertThat(service.moveTo(s.id(), ShipmentStatus.SEALED, null).status()).isEqualTo(ShipmentStatus.SEALED);
    }

    @Test
    void stepsGoOneAtATime() {
        Shipment s = fixture.shipment("MLI-2026-01", "20GP");
        assertThat(english(service.whyNot(s, ShipmentStatus.SHIPPED))).hasValueSatisfying(r ->
                assertThat(r).contains("after planning comes packing"));
    }

    @Test
    void reopeningNeedsAReasonThatGoesToTheAuditLog() {
        Shipment s = sealedShipment();

        assertThatThrownBy(() -> service.moveTo(s.id(), ShipmentStatus.LOADING, " "))
                .hasMessageContaining("needs a reason");
        assertThat(service.get(s.id()).status()).isEqualTo(ShipmentStatus.SEALED);

        service.moveTo(s.id(), ShipmentStatus.LOADING, "Two boxes of the wrong shipment found in the container");

        assertThat(service.get(s.id()).status()).isEqualTo(ShipmentStatus.LOADING);
        AuditEntry last = new AuditRepository(workspace.database()).recent(1).get(0);
        assertThat(last.action()).isEqualTo("reopen");
        assertThat(last.entityKey()).isEqualTo("MLI-2026-01");
        assertThat(last.details()).isEqualTo("sealed -> loading: Two boxes of the wrong shipment found in the container");
        assertThat(last.user()).isEqualTo("Test volunteer");
    }

    @Test
    void containerAndSealNumbersAreLockedOnceSealed() {
        Shipment s = sealedShipment();
        assertThatThrownBy(() -> service.update(full(service.get(s.id()), "MSKU9070323", "SEAL-9")))
                .hasMessageContaining("locked");
        Shipment vesselChanged = full(service.get(s.id()), "CSQU3054383", "SEAL-9");
        assertThat(service.update(vesselChanged).vessel()).isEqualTo("MSC Anna");
    }

    private Shipment sealedShipment() {
        Shipment s = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBox(s.id(), "MLI-0001", "10");
        fixture.sealedBox(s.id(), "MLI-0002", "10");
        new LoadingService(workspace).load(s.id(), "MLI-0001");
        new LoadingService(workspace).load(s.id(), "MLI-0002");
        service.update(full(service.get(s.id()), "CSQU3054383", "SEAL-9"));
        return service.moveTo(s.id(), ShipmentStatus.SEALED, null);
    }

    @Test
    void arrivalIsRecordedPerPackageWithRemarksAndClosingNeedsAllOfThem() {
        Shipment s = sealedShipment();
        service.moveTo(s.id(), ShipmentStatus.SHIPPED, null);
        assertThatThrownBy(() -> service.recordArrival(s.id(), List.of(), "x")).hasMessageContaining("mark it arrived");
        service.moveTo(s.id(), ShipmentStatus.ARRIVED, null);

        service.recordArrival(s.id(), List.of(new ShipmentService.ArrivalLine("MLI-0001", ArrivalState.DAMAGED,
                "wet corner")), "Customs took 3 weeks");

        assertThat(service.partnerRemarks(s.id())).isEqualTo("Customs took 3 weeks");
        assertThat(service.arrivalSheet(s.id())).containsExactly(
                new ShipmentService.ArrivalLine("MLI-0001", ArrivalState.DAMAGED, "wet corner"),
                new ShipmentService.ArrivalLine("MLI-0002", null, null));
        assertThat(english(service.whyNot(service.get(s.id()), ShipmentStatus.CLOSED))).hasValueSatisfying(r ->
                assertThat(r).contains("1 package has no arrival state"));

        assertThatThrownBy(() -> service.recordArrival(s.id(), List.of(new ShipmentService.ArrivalLine("MLI-0404",
                ArrivalState.MISSING, null)), "")).hasMessageContaining("MLI-0404 was not loaded");

        service.recordArrival(s.id(), List.of(new ShipmentService.ArrivalLine("MLI-0002", ArrivalState.MISSING,
                null)), "Customs took 3 weeks");
        assertThat(service.moveTo(s.id(), ShipmentStatus.CLOSED, null).status()).isEqualTo(ShipmentStatus.CLOSED);
    }

    @Test
    void theUsableShareComesFromTheSettingWithADefault() {
        assertThat(service.usableShare()).isEqualByComparingTo("0.85");
        new org.shipshape.store.settings.SettingsRepository(workspace.database()).put(
                ShipmentService.USABLE_SHARE_SETTING, "80");
        assertThat(service.usableShare()).isEqualByComparingTo("0.80");
    }
}
