package org.shipshape.store.intake;

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
import org.shipshape.model.intake.DonorGift;
import org.shipshape.model.intake.InventoryRow;
import org.shipshape.model.intake.InventoryTotals;
import org.shipshape.model.intake.ItemFilter;
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
        db = Database.open(dir.resolve("t.db"));
        items = new ItemRepository(db);
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
    void giftsShowPackageShipmentAndDestination() {
        List<DonorGift> gifts = items.giftsOf(fixture.church);
        assertThat(gifts).singleElement().satisfies(gift -> {
            assertThat(gift.packageNumber()).isEqualTo("MLI-0001");
            assertThat(gift.shipmentReference()).isEqualTo("MLI-2026-01");
            assertThat(gift.countryName()).isEqualTo("Mali");
            assertThat(gift.status()).isEqualTo(ItemStatus.SHIPPED);
        });
        assertThat(items.giftsOf(fixture.anna)).extracting(DonorGift::packageNumber)
                .containsExactly(null, "WH-0001");
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
}
