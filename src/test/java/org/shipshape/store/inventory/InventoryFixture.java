package org.shipshape.store.inventory;

import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.db.Database;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * Three items of two donors: bath towels in stock, a fridge packed in an open box, tea towels packed in a box of
 * a shipment to Mali that has left. Totals: 31 units, 51 kg, value 80.00.
 */
public final class InventoryFixture {
    public final long anna;
    public final long church;
    public final long towels;
    public final long fridges;
    public final long bathTowels;
    public final long fridge;
    public final long teaTowels;

    public InventoryFixture(Database db) {
        DonorRepository donors = new DonorRepository(db);
        CategoryRepository categories = new CategoryRepository(db);
        ItemRepository items = new ItemRepository(db);
        anna = donors.insert(Donor.named("Anna Smith", DonorKind.INDIVIDUAL));
        church = donors.insert(Donor.named("St Mary's Church", DonorKind.CHURCH));
        towels = categories.findByName("Towels").orElseThrow().id();
        fridges = categories.findByName("Fridges").orElseThrow().id();
        bathTowels = items.insert(item(anna, towels, "bath towels", "10", "2.00", "0.4", "2026-01-10", "Shelf 1",
                Condition.USED_GOOD));
        fridge = items.insert(item(anna, fridges, "fridge Bosch", "1", "50", "45", "2026-02-15", "Bay 3",
                Condition.NEW));
        teaTowels = items.insert(item(church, towels, "tea towels", "20", "0.50", "0.1", "2026-03-01", null,
                Condition.USED_FAIR));
        PackageRepository packages = new PackageRepository(db);
        long openBox = packages.insert(pkg("WH-0001", null), List.of(line(fridges, fridge)));
        ShipmentRepository shipments = new ShipmentRepository(db);
        long shipment = shipments.insert(Shipment.planned("MLI-2026-01", "ML", "Partner Bamako", "EUR", "40HC"));
        shipments.update(shipments.findById(shipment).orElseThrow().withStatus(ShipmentStatus.SHIPPED),
                shipments.version(shipment).orElseThrow().number());
        packages.insert(pkg("MLI-0001", shipment), List.of(line(towels, teaTowels)));
        if (openBox <= 0) {
            throw new IllegalStateException("box not stored");
        }
    }

    public static DonatedItem item(long donor, long category, String description, String quantity, String value,
                                   String kg, String date, String location, Condition condition) {
        return new DonatedItem(0, donor, category, description, new BigDecimal(quantity), "pcs", condition,
                new BigDecimal(value), "EUR", new BigDecimal(kg), LocalDate.parse(date), location, ItemStatus.IN_STOCK,
                null);
    }

    private static Package pkg(String number, Long shipment) {
        return new Package(0, number, PackageKind.BOX, shipment, null, null, null, Set.of(), PackageStatus.SEALED,
                "Packer", null);
    }

    private static ContentLine line(long category, long item) {
        return new ContentLine(0, 0, 1, category, "goods", BigDecimal.ONE, "pcs", Condition.USED_GOOD, null, null,
                null, item);
    }
}
