package org.shipshape.store.intake;

import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.db.Database;

class ItemStatusUpdateTest {
    @TempDir
    Path folder;

    @Test
    void idsComeInStorageOrderAndOnlyTheNamedItemsChangeStatus() {
        try (Database db = openDatabase()) {
            long donor = new DonorRepository(db).insert(Donor.named("Paroisse Saint-Nizier", DonorKind.CHURCH));
            long category = new CategoryRepository(db).findByName("Towels").orElseThrow().id();
            ItemRepository items = new ItemRepository(db);
            items.insertAll(List.of(towels(donor, category, "bath towels"), towels(donor, category, "hand towels"),
                    towels(donor, category, "beach towels")), null);

            List<Long> ids = items.idsInOrder();
            items.updateStatus(List.of(ids.get(0), ids.get(2)), ItemStatus.PACKED);

            assertThat(ids).hasSize(3).isSorted();
            assertThat(ids.stream().map(id -> items.findById(id).orElseThrow()))
                    .extracting(DonatedItem::description, DonatedItem::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("bath towels", ItemStatus.PACKED),
                            org.assertj.core.groups.Tuple.tuple("hand towels", ItemStatus.IN_STOCK),
                            org.assertj.core.groups.Tuple.tuple("beach towels", ItemStatus.PACKED));
        }
    }

    private static DonatedItem towels(long donor, long category, String description) {
        return new DonatedItem(0, donor, category, description, BigDecimal.TEN, "pcs", Condition.USED_GOOD,
                new BigDecimal("1.50"), "EUR", new BigDecimal("0.4"), LocalDate.of(2026, 1, 12), "B-02-1",
                ItemStatus.IN_STOCK, null);
    }

    /** The database the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Database openDatabase() {
        return Database.open(folder.resolve("t.db"));
    }
}
