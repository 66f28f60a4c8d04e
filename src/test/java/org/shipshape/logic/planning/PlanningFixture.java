package org.shipshape.logic.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * A hand-made shipment in a 20 ft container: kitchenware and clothes boxes, a bale, a this-side-up crate too wide
 * for the door, a package not yet measured and one not yet weighed.
 */
public final class PlanningFixture {
    public static final String REFERENCE = "TST-2026-01";
    public static final String TOO_WIDE = "TST-9001";
    public static final String UNMEASURED = "TST-9002";
    public static final String UNWEIGHED = "TST-9003";
    public static final int PLANNABLE = 21;

    private PlanningFixture() {
    }

    public static long createShipment(Workspace workspace) {
        ShipmentRepository shipments = new ShipmentRepository(workspace.database());
        long shipmentId = shipments.insert(Shipment.planned(REFERENCE, "ML", "Partner school Bamako", "EUR", "20GP"));
        CategoryRepository categories = new CategoryRepository(workspace.database());
        long kitchen = categoryId(categories, "Kitchenware, stainless steel");
        long clothes = categoryId(categories, "Men's clothes");
        PackageRepository packages = new PackageRepository(workspace.database());
        for (int i = 1; i <= 12; i++) {
            packages.insert(pkg(shipmentId, "TST-%04d".formatted(i), PackageKind.BOX, new Dimensions(60, 40, 40),
                    "14.5", Set.of()), List.of(line(kitchen, "Kitchenware, 23 pcs", "9.0"),
                    line(clothes, "Men's shirts", "3.0")));
        }
        for (int i = 13; i <= 20; i++) {
            packages.insert(pkg(shipmentId, "TST-%04d".formatted(i), PackageKind.BOX, new Dimensions(50, 40, 25),
                    "11", Set.of(HandlingMark.THIS_SIDE_UP)), List.of(line(clothes, "Men's trousers", "10.0")));
        }
        packages.insert(pkg(shipmentId, "TST-0021", PackageKind.BALE, new Dimensions(80, 50, 50), "48", Set.of()),
                List.of());
        packages.insert(pkg(shipmentId, TOO_WIDE, PackageKind.PIECE, new Dimensions(300, 235, 200), "120",
                Set.of(HandlingMark.THIS_SIDE_UP)), List.of(line(kitchen, "Kitchen unit", "110")));
        packages.insert(pkg(shipmentId, UNMEASURED, PackageKind.BOX, null, "12", Set.of()), List.of());
        packages.insert(pkg(shipmentId, UNWEIGHED, PackageKind.BOX, new Dimensions(40, 30, 30), null, Set.of()),
                List.of());
        return shipmentId;
    }

    private static long categoryId(CategoryRepository categories, String name) {
        return categories.findByName(name).map(Category::id).orElseThrow(
                () -> new IllegalStateException("Seed category missing: " + name));
    }

    private static Package pkg(long shipmentId, String number, PackageKind kind, Dimensions size, String kg,
                                 Set<HandlingMark> marks) {
        return new Package(0, number, kind, shipmentId, null, size, kg == null ? null : new BigDecimal(kg), marks,
                PackageStatus.SEALED, "Test volunteer", null);
    }

    private static ContentLine line(long categoryId, String description, String netKg) {
        return new ContentLine(0, 0, 0, categoryId, description, BigDecimal.ONE, "pcs", Condition.USED_GOOD,
                new BigDecimal("10.00"), new BigDecimal(netKg), null, null);
    }
}
