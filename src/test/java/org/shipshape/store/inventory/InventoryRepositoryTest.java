package org.shipshape.store.inventory;

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

class InventoryRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private InventoryRepository items;
    private InventoryFixture fixture;

    @BeforeEach
    void open() {
        db = openDatabase();
        items = new InventoryRepository(db);
        fixture = new InventoryFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> ids(ItemFilter filter) {
        return items.search(filter).stream().map(InventoryRow::id).toList();
    }

    @Test
    void textMatchesDescriptionCategoryDonorAndLocationIgnoringCase() {
        assertThat(ids(ItemFilter.ALL.withText("BOSCH"))).containsExactly(fixture.fridge);
        assertThat(ids(ItemFilter.ALL.withText("towel"))).containsExactlyInAnyOrder(fixture.bathTowels,
                fixture.teaTowels);
        assertThat(ids(ItemFilter.ALL.withText("mary"))).containsExactly(fixture.teaTowels);
        assertThat(ids(ItemFilter.ALL.withText("shelf 1"))).containsExactly(fixture.bathTowels);
        assertThat(ids(ItemFilter.ALL.withText("100%"))).isEmpty();
    }

    @Test
    void categoryDonorConditionAndInclusiveDateRangeFilter() {
        assertThat(ids(new ItemFilter(null, fixture.towels, null, null, null, null, null)))
                .containsExactlyInAnyOrder(fixture.bathTowels, fixture.teaTowels);
        assertThat(ids(ItemFilter.ALL.withDonor(fixture.anna))).containsExactlyInAnyOrder(fixture.bathTowels,
                fixture.fridge);
        assertThat(ids(new ItemFilter(null, null, null, Condition.NEW, null, null, null)))
                .containsExactly(fixture.fridge);
        assertThat(ids(new ItemFilter(null, null, null, null, null, LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 3, 1)))).containsExactly(fixture.teaTowels, fixture.fridge);
    }

    @Test
    void statusFollowsPackingAndShipping() {
        assertThat(ids(ItemFilter.ALL.withStatus(ItemStatus.IN_STOCK))).containsExactly(fixture.bathTowels);
        assertThat(ids(ItemFilter.ALL.withStatus(ItemStatus.PACKED))).containsExactly(fixture.fridge);
        assertThat(ids(ItemFilter.ALL.withStatus(ItemStatus.SHIPPED))).containsExactly(fixture.teaTowels);
    }

    @Test
    void totalsSumExactlyOverTheFilter() {
        InventoryTotals all = items.totals(ItemFilter.ALL);
        assertThat(all.items()).isEqualTo(3);
        assertThat(all.quantity()).isEqualByComparingTo("31");
        assertThat(all.kg()).isEqualByComparingTo("51.000");
        assertThat(all.value()).isEqualByComparingTo("80.00");
        InventoryTotals towels = items.totals(ItemFilter.ALL.withText("towel"));
        assertThat(towels.items()).isEqualTo(2);
        assertThat(towels.kg()).isEqualByComparingTo("6");
        assertThat(towels.value()).isEqualByComparingTo("30.00");
        assertThat(InventoryTotals.of(items.search(ItemFilter.ALL))).isEqualTo(all);
    }

    @Test
    void aLimitGivesTheNewestRowsMappedAsTheFullSearchMapsThem() {
        List<InventoryRow> all = items.search(ItemFilter.ALL);
        assertThat(all).extracting(InventoryRow::id).containsExactly(fixture.teaTowels, fixture.fridge,
                fixture.bathTowels);
        assertThat(items.search(ItemFilter.ALL, 2)).containsExactly(all.get(0), all.get(1));
        InventoryRow towels = all.get(2);
        assertThat(towels.donorName()).isEqualTo("Anna Smith");
        assertThat(towels.categoryName()).isEqualTo("Towels");
        assertThat(towels.receivedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(towels.condition()).isEqualTo(Condition.USED_GOOD);
        assertThat(towels.unitValue()).isEqualByComparingTo("2.00");
        assertThat(towels.unitKg()).isEqualByComparingTo("0.4");
        assertThat(towels.location()).isEqualTo("Shelf 1");
        assertThat(towels.status()).isEqualTo(ItemStatus.IN_STOCK);
        assertThat(all.get(0).location()).isNull();
        assertThat(items.findRow(fixture.bathTowels)).contains(towels);
    }

    @Test
    void giftsShowPackageShipmentAndDestination() {
        List<DonorGift> gifts = new DonorRepository(db).giftsOf(fixture.church);
        assertThat(gifts).singleElement().satisfies(gift -> {
            assertThat(gift.packageNumber()).isEqualTo("MLI-0001");
            assertThat(gift.shipmentReference()).isEqualTo("MLI-2026-01");
            assertThat(gift.countryName()).isEqualTo("Mali");
            assertThat(gift.status()).isEqualTo(ItemStatus.SHIPPED);
        });
        assertThat(new DonorRepository(db).giftsOf(fixture.anna)).extracting(DonorGift::packageNumber)
                .containsExactly(null, "WH-0001");
    }

    /** The database the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Database openDatabase() {
        return Database.open(dir.resolve("t.db"));
    }
}
