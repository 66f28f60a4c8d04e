package org.shipshape.store.intake;

import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.inventory.InventoryFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.DonorGift;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.InventoryTotals;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.db.Database;

class ItemRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private ItemRepository items;
    private InventoryFixture fixture;

    @BeforeEach
    void open() {
        db = openDatabase();
        items = new ItemRepository(db);
        fixture = new InventoryFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deletedItemsComeBackWithTheirIdsAndValues() {
        DonatedItem before = items.findById(fixture.bathTowels).orElseThrow();
        List<DonatedItem> deleted = items.deleteAll(List.of(fixture.bathTowels));
        assertThat(items.findById(fixture.bathTowels)).isEmpty();
        items.restore(deleted);
        assertThat(items.findById(fixture.bathTowels)).contains(before);
    }

    @Test
    void packedItemsAreReported() {
        assertThat(items.packedAmong(List.of(fixture.bathTowels, fixture.fridge, fixture.teaTowels)))
                .containsExactlyInAnyOrder(fixture.fridge, fixture.teaTowels);
    }

    @Test
    void mergeMovesItemsAndHidesTheDuplicate() {
        DonorRepository donors = new DonorRepository(db);
        int moved = donors.merge(fixture.church, fixture.anna);
        assertThat(moved).isEqualTo(1);
        assertThat(items.findByDonor(fixture.anna)).hasSize(3);
        assertThat(donors.findAll()).extracting(d -> d.id()).containsExactly(fixture.anna);
        assertThat(donors.mergedInto(fixture.church)).contains(fixture.anna);
    }

    @Test
    void frequentDescriptionsComeMostUsedFirst() {
        items.insert(InventoryFixture.item(fixture.anna, fixture.towels, "tea towels", "1", "0", "0.1", "2026-04-01",
                null, Condition.NEW));
        assertThat(items.frequentDescriptions(fixture.towels, 10)).containsExactly("tea towels", "bath towels");
        assertThat(items.frequentDescriptions(null, 1)).containsExactly("tea towels");
    }

    /** The database the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Database openDatabase() {
        return Database.open(dir.resolve("t.db"));
    }
}
