package org.shipshape.logic.customs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.settings.Organisation;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * Test shipments built through the real repositories. The donor has a name, address and phone nobody would
 * print by accident, so privacy tests can look for them in every document.
 */
public final class CustomsFixture {
    public static final String DONOR_NAME = "Zebediah Quillfeather-Marchbanks";
    public static final String DONOR_PHONE = "+44 7700 900417";
    public static final String DONOR_ADDRESS = "17 Larkspur Lane, Nether Wallop";
    public static final String VALID_CONTAINER = "CSQU3054383";

    private final Workspace workspace;
    private final CategoryRepository categories;
    private final PackageRepository packages;
    private long donorId;

    public CustomsFixture(Workspace workspace) {
        this.workspace = workspace;
        this.categories = new CategoryRepository(workspace.database());
        this.packages = new PackageRepository(workspace.database());
    }

    public Workspace workspace() {
        return workspace;
    }

    public CustomsFixture organisation() {
        new SettingsRepository(workspace.database()).saveOrganisation(new Organisation("Harbour of Hope Trust",
                "Unit 4, Quay Road, Bristol BS1 4XX", "+44 117 496 0000", "office@harbourofhope.example",
                "Ruth Ellery", "Ruth Ellery", "Shipping coordinator", "EUR", "United Kingdom"));
        return this;
    }

    /** A shipment ready for a final pack except what the test changes. */
    public long shipment(String reference, String country, List<Language> languages, ShipmentStatus status) {
        Shipment s = new Shipment(0, reference, country, "Centre Espoir Bamako", "Rue 312, Porte 45, Bamako",
                "Transit Sahel SARL, Dakar", "Felixstowe", "Dakar", "Bamako", "MSC Aurora", "AU612W",
                "MEDU1234567", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), "CIF", "Dakar", "EUR",
                languages, "40HC", VALID_CONTAINER, "SEAL-778812", status);
        return new ShipmentRepository(workspace.database()).insert(s);
    }

    public long shipment(String reference, String country, Language language) {
        return shipment(reference, country, language == null ? List.of() : List.of(language), ShipmentStatus.LOADING);
    }

    public long categoryId(String name) {
        return categories.findByName(name).orElseThrow().id();
    }

    public long donor() {
        if (donorId == 0) {
            donorId = new DonorRepository(workspace.database()).insert(new Donor(0, DONOR_NAME, DonorKind.INDIVIDUAL,
                    "zebediah@quill.example", DONOR_PHONE, DONOR_ADDRESS, "prefers morning pick-ups"));
        }
        return donorId;
    }

    /** A donated item of the fixture donor; test may be null for an untested item. */
    public long item(String category, String description, Condition condition, TestResult test, LocalDate received) {
        TestRecord record = test == null ? null : new TestRecord(LocalDate.of(2026, 2, 10), "Sam Tester", test,
                "PAT passed, runs 30 min");
        return new ItemRepository(workspace.database()).insert(new DonatedItem(0, donor(), categoryId(category),
                description, BigDecimal.ONE, "pcs", condition, new BigDecimal("85.00"), "EUR", new BigDecimal("45"),
                received, "Bay 3", ItemStatus.PACKED, record));
    }

    public static ContentLine line(long categoryId, String description, String quantity, String unit,
                                   Condition condition, String value, String netKg, String hsCode, Long itemId) {
        return new ContentLine(0, 0, 0, categoryId, description, new BigDecimal(quantity), unit, condition,
                value == null ? null : new BigDecimal(value), netKg == null ? null : new BigDecimal(netKg), hsCode,
                itemId);
    }

    public long pkg(long shipmentId, String number, PackageKind kind, Dimensions dimensions, String grossKg,
                       List<ContentLine> lines) {
        return packages.insert(new Package(0, number, kind, shipmentId, null, dimensions,
                grossKg == null ? null : new BigDecimal(grossKg), null, PackageStatus.SEALED, "Packer", Instant.now()),
                lines);
    }

    /**
     * A complete, valid Mali shipment: three packages (clothes, kitchenware and a tested used fridge) and one
     * package with two lines of school goods.
     */
    public long completeShipment(String reference, Language language) {
        organisation();
        long shipmentId = shipment(reference, "ML", language);
        long clothes = categoryId("Men's clothes");
        long kitchen = categoryId("Kitchenware, stainless steel");
        long fridge = categoryId("Fridges");
        long books = categoryId("Exercise books");
        long pens = categoryId("Ball-point pens");
        long fridgeItem = item("Fridges", "Fridge, Bosch, white", Condition.USED_GOOD, TestResult.WORKING,
                LocalDate.of(2026, 2, 1));
        pkg(shipmentId, reference + "-001", PackageKind.BOX, new Dimensions(60, 40, 40), "18.500", List.of(
                line(clothes, "Men's cotton shirts, used", "40", "pcs", Condition.USED_GOOD, "120.00", "16.000",
                        null, null)));
        pkg(shipmentId, reference + "-002", PackageKind.BOX, new Dimensions(50, 40, 25), "12.250", List.of(
                line(kitchen, "Stainless steel pots and pans", "23", "pcs", Condition.USED_GOOD, "69.00", "11.000",
                        null, null)));
        pkg(shipmentId, reference + "-003", PackageKind.PIECE, new Dimensions(60, 60, 150), "48.000", List.of(
                line(fridge, "Fridge, Bosch, white", "1", "pcs", Condition.USED_GOOD, "85.00", "45.000", null,
                        fridgeItem)));
        pkg(shipmentId, reference + "-004", PackageKind.BOX, new Dimensions(40, 30, 30), "9.750", List.of(
                line(books, "Exercise books A5, new", "60", "pcs", Condition.NEW, "30.00", "6.000", null, null),
                line(pens, "Ball-point pens, blue, new", "200", "pcs", Condition.NEW, "20.00", "2.000", "9608.10",
                        null)));
        return shipmentId;
    }

    /** A large shipment written in one transaction: packages x linesPerPackage lines of mixed goods. */
    public long largeShipment(String reference, int packages, int linesPerPackage) {
        organisation();
        long shipmentId = shipment(reference, "ML", Language.FR);
        long[] categoryIds = {categoryId("Men's clothes"), categoryId("Women's clothes"), categoryId("Books"),
                categoryId("Kitchenware, stainless steel"), categoryId("Toys, dolls and puzzles"),
                categoryId("Towels"), categoryId("Exercise books"), categoryId("Shoes")};
        workspace.database().write(c -> {
            for (int p = 1; p <= packages; p++) {
                List<ContentLine> lines = new ArrayList<>(linesPerPackage);
                for (int l = 0; l < linesPerPackage; l++) {
                    long category = categoryIds[(p + l) % categoryIds.length];
                    lines.add(line(category, "Mixed goods lot " + p + "." + (l + 1) + ", used", String.valueOf(1 + l),
                            "pcs", Condition.USED_GOOD, (5 + l) + ".50", "1.250", null, null));
                }
                pkg(shipmentId, String.format("%s-%04d", reference, p), PackageKind.BOX,
                        new Dimensions(60, 40, 40), "12.000", lines);
            }
            return null;
        });
        return shipmentId;
    }
}
