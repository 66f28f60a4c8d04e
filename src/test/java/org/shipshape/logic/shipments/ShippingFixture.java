package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.packing.PackageRepository;

/** Test data for shipping: shipments and packages created through the real services and repositories. */
public final class ShippingFixture {
    private final Workspace workspace;

    public ShippingFixture(Workspace workspace) {
        this.workspace = workspace;
    }

    public static Workspace open(Path folder) {
        return Workspace.open(folder.resolve("t.db"), false, "Test volunteer");
    }

    public Shipment shipment(String reference, String containerType) {
        return new ShipmentService(workspace).create(Shipment.planned(reference, "ML", "Hope Project Bamako", "EUR",
                containerType));
    }

    public Category category(String name) {
        return new CategoryRepository(workspace.database()).findByName(name).orElseThrow();
    }

    /** A sealed 60 x 40 x 40 cm box of the shipment with one kitchenware line worth 10.00 and 2 lines in all. */
    public Package sealedBox(Long shipmentId, String number, String grossKg) {
        return box(shipmentId, number, grossKg, PackageStatus.SEALED, new Dimensions(60, 40, 40));
    }

    public Package box(Long shipmentId, String number, String grossKg, PackageStatus status, Dimensions size) {
        Package pkg = new Package(0, number, PackageKind.BOX, shipmentId, null, size,
                grossKg == null ? null : new BigDecimal(grossKg), Set.of(), status, "Test volunteer", Instant.now());
        long clothes = category("Men's clothes").id();
        long towels = category("Towels").id();
        List<ContentLine> lines = new ArrayList<>();
        lines.add(new ContentLine(0, 0, 0, clothes, "Men's cotton shirts, used", new BigDecimal("20"), "pcs",
                Condition.USED_GOOD, new BigDecimal("10.00"), new BigDecimal("6.5"), "6309.00", null));
        lines.add(new ContentLine(0, 0, 0, towels, "=Towels, cotton", new BigDecimal("5"), "pcs",
                Condition.USED_GOOD, new BigDecimal("2.50"), new BigDecimal("1.25"), "6302.60", null));
        long id = new PackageRepository(workspace.database()).insert(pkg, lines);
        return pkg.withId(id);
    }

    /** {@code count} sealed boxes numbered PREFIX-0001 upwards. */
    public List<Package> sealedBoxes(long shipmentId, String prefix, int count) {
        List<Package> result = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            result.add(sealedBox(shipmentId, String.format("%s-%04d", prefix, i), "12.5"));
        }
        return result;
    }
}
