package org.shipshape.logic.packing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * A test warehouse built through the real repositories: a shipment to Moldova (Romanian documents), one to
 * Armenia (Armenian, Russian) and packages with mixed contents.
 */
public final class PackingFixture implements AutoCloseable {
    public final Workspace workspace;
    public final long moldova;
    public final long armenia;

    private PackingFixture(Workspace workspace, long moldova, long armenia) {
        this.workspace = workspace;
        this.moldova = moldova;
        this.armenia = armenia;
    }

    public static PackingFixture create(Path folder) {
        return create(Workspace.open(folder.resolve("t.db"), false, "Test volunteer"));
    }

    /** The same warehouse in a workspace the caller opened (a new SQLite file or a new schema on a server). */
    public static PackingFixture create(Workspace workspace) {
        ShipmentRepository shipments = new ShipmentRepository(workspace.database());
        Shipment md = Shipment.planned("MLD-2026-01", "MD", "Asociația Speranța, Chișinău", "EUR", "40HC");
        md = new Shipment(0, md.reference(), md.countryCode(), md.consignee(), null, null, null, null, null, null,
                null, null, null, null, null, null, "EUR", List.of(Language.RO), "40HC", null, null, md.status());
        long moldova = shipments.insert(md);
        Shipment am = Shipment.planned("ARM-2026-02", "AM", "Yerevan Children's Centre", "EUR", "20GP");
        am = new Shipment(0, am.reference(), am.countryCode(), am.consignee(), null, null, null, null, null, null,
                null, null, null, null, null, null, "EUR", List.of(Language.HY, Language.RU), "20GP", null, null,
                am.status());
        long armenia = shipments.insert(am);
        return new PackingFixture(workspace, moldova, armenia);
    }

    public Category category(String name) {
        return new CategoryRepository(workspace.database()).findByName(name).orElseThrow();
    }

    /** Inserts a package with one line per (category name, count) pair. */
    public long packageWith(String number, Long shipmentId, BigDecimal grossKg, Object... categoryAndCount) {
        List<ContentLine> lines = new ArrayList<>();
        for (int i = 0; i < categoryAndCount.length; i += 2) {
            Category c = category((String) categoryAndCount[i]);
            lines.add(new ContentLine(0, 0, 0, c.id(), c.name(), BigDecimal.valueOf((Integer) categoryAndCount[i + 1]),
                    c.defaultUnit(), Condition.USED_GOOD, new BigDecimal("10.00"), null,
                    c.hsCode() == null ? null : c.hsCode().value(), null));
        }
        return new PackageRepository(workspace.database()).insert(new Package(0, number, PackageKind.BOX, shipmentId,
                null, new Dimensions(60, 40, 40), grossKg, Set.of(HandlingMark.FRAGILE, HandlingMark.THIS_SIDE_UP),
                PackageStatus.OPEN, null, null), lines);
    }

    public long donatedItem(String categoryName, int quantity) {
        long donor = new DonorRepository(workspace.database()).insert(Donor.named("St Mary's School",
                DonorKind.SCHOOL));
        return new ItemRepository(workspace.database()).insert(new DonatedItem(0, donor,
                category(categoryName).id(), "Exercise books A5, new", BigDecimal.valueOf(quantity), "pcs",
                Condition.NEW, new BigDecimal("0.50"), "EUR", new BigDecimal("0.1"), LocalDate.of(2026, 3, 1),
                "Shelf B2", ItemStatus.IN_STOCK, null));
    }

    public DonatedItem item(long id) {
        return new ItemRepository(workspace.database()).findById(id).orElseThrow();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
