package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.db.StoreException;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;

/** The store keeps only finite numbers (schema 7), and verify finds those a database written earlier holds. */
class FiniteNumbersTest {
    @TempDir
    Path folder;

    private static DonatedItem item(long donorId, long categoryId, String quantity) {
        return new DonatedItem(0, donorId, categoryId, "picture books", new BigDecimal(quantity), "pcs",
                Condition.USED_GOOD, new BigDecimal("2.50"), "EUR", new BigDecimal("0.4"), LocalDate.of(2026, 3, 14),
                "Bay 2", ItemStatus.IN_STOCK, null);
    }

    @Test
    void theStoreRefusesAnInfiniteQuantityWhateverTheCodeAboveItDoes() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"), false, "test")) {
            long donor = new DonorRepository(workspace.database()).insert(Donor.named("Ana", DonorKind.OTHER));
            long category = SafetyFixtures.firstCategory(workspace);
            ItemRepository items = new ItemRepository(workspace.database());
            assertThatThrownBy(() -> items.insert(item(donor, category, "1e309")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("must be a finite number");
            long id = items.insert(item(donor, category, "12"));
            DonatedItem stored = items.findById(id).orElseThrow();
            DonatedItem infinite = new DonatedItem(id, donor, category, stored.description(), new BigDecimal("1e309"),
                    stored.unit(), stored.condition(), stored.unitValue(), stored.currency(), stored.unitKg(),
                    stored.receivedOn(), stored.location(), stored.status(), null);
            assertThatThrownBy(() -> items.update(infinite, 0)).isInstanceOf(StoreException.class);
            assertThat(items.findById(id).orElseThrow().quantity()).isEqualByComparingTo("12");
        }
    }

    @Test
    void verifyReportsAnInfiniteNumberWrittenBeforeTheStoreRefusedThem() throws Exception {
        Path file = folder.resolve("old.db");
        long id;
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            long donor = new DonorRepository(workspace.database()).insert(Donor.named("Ana", DonorKind.OTHER));
            id = new ItemRepository(workspace.database()).insert(item(donor, SafetyFixtures.firstCategory(workspace),
                    "12"));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = raw.createStatement()) {
            s.execute("DROP TRIGGER donated_item_quantity_finite_update"); // as before schema 7
            s.execute("UPDATE donated_item SET quantity = 1e309 WHERE id = " + id);
        }
        try (Workspace workspace = Workspace.open(file, true, "test")) {
            assertThat(VerifyService.problems(workspace)).containsExactly("table donated_item row " + id
                    + ": quantity is not a finite number (it reads as infinity); correct it or restore a backup");
        }
    }
}
