package org.shipshape.logic.safety;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/** Warehouse data for the safety tests, written through the real repositories. */
public final class SafetyFixtures {
    private static final java.util.concurrent.atomic.AtomicInteger SHIPMENTS = new java.util.concurrent.atomic.AtomicInteger();

    private SafetyFixtures() {
    }

    public static long shipment(Workspace workspace, String reference) {
        return new ShipmentRepository(workspace.database()).insert(new Shipment(0, reference, "ML", "Partner",
                null, null, null, null, null, null, null, null, null, null, null, null, "EUR", List.of(), null, null,
                null, ShipmentStatus.LOADING));
    }

    public static long firstCategory(Workspace workspace) {
        return workspace.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(id) FROM category")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A shipment with the given number of packages of ten lines each, enough to fill dozens of pages. */
    public static void fill(Workspace workspace, int packages) {
        long shipmentId = shipment(workspace, "FIX-" + SHIPMENTS.incrementAndGet());
        long categoryId = firstCategory(workspace);
        PackageRepository repository = new PackageRepository(workspace.database());
        for (int p = 1; p <= packages; p++) {
            List<ContentLine> lines = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                lines.add(new ContentLine(0, 0, 0, categoryId, "Item " + i + " of box " + p
                        + " \u2014 \u00een c\u0103ut\u0103, \u0562\u0561\u0580\u0565\u057e, \u043f\u0440\u0438\u0432\u0435\u0442, \u0645\u0631\u062d\u0628\u0627 \ud83d\udce6",
                        BigDecimal.valueOf(1 + i), "pcs", Condition.USED_GOOD, new BigDecimal("2.50"),
                        new BigDecimal("0.3"), null, null));
            }
            repository.insert(new Package(0, "FIX-" + shipmentId + "-" + p, PackageKind.BOX, shipmentId, null, null,
                    new BigDecimal("10.5"), null, PackageStatus.SEALED, "test", Instant.now()), lines);
        }
    }
}
