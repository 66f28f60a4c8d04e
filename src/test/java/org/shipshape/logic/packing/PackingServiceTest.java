package org.shipshape.logic.packing;

import org.shipshape.model.common.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.store.audit.AuditRepository;
import static org.shipshape.logic.text.Texts.english;

class PackingServiceTest {
    @TempDir
    Path folder;
    PackingFixture fixture;
    PackingService service;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        service = new PackingService(fixture.workspace);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private BoxSize size(String code) {
        return service.boxSizes().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void newBoxesAreNumberedPerShipmentPrefixAndWarehouse() {
        PackageDetails first = service.newPackage(fixture.moldova, PackageKind.BOX, size("M"));
        PackageDetails second = service.newPackage(fixture.moldova, PackageKind.BOX, null);
        PackageDetails stock = service.newPackage(null, PackageKind.BALE, null);

        assertThat(first.number()).isEqualTo("MLD-0001");
        assertThat(second.number()).isEqualTo("MLD-0002");
        assertThat(stock.number()).isEqualTo("WH-00001");
        assertThat(first.pkg().dimensions()).isEqualTo(new Dimensions(60, 40, 40));
        assertThat(first.shipment().reference()).isEqualTo("MLD-2026-01");
    }

    @Test
    void numbersAreNeverReusedAndSkipNumbersTakenByHand() {
        fixture.packageWith("MLD-0001", fixture.moldova, null, "Books", 3);
        String next = service.newPackage(fixture.moldova, PackageKind.BOX, null).number();
        assertThat(next).isEqualTo("MLD-0002");
        assertThat(service.takeNextNumber(fixture.moldova)).isEqualTo("MLD-0003");
        assertThat(service.newPackage(fixture.moldova, PackageKind.BOX, null).number()).isEqualTo("MLD-0004");
    }

    @Test
    void scanningAnExistingNumberOpensItIgnoringCaseAndUnknownGivesEmpty() {
        fixture.packageWith("MLD-0007", fixture.moldova, new BigDecimal("12.5"), "Books", 40, "Shoes", 6);

        PackageDetails opened = service.open(" mld-0007 ").orElseThrow();

        assertThat(opened.lines()).extracting(ContentLine::description).containsExactly("Books", "Shoes");
        assertThat(opened.totalCount()).isEqualByComparingTo("46");
        assertThat(service.open("MLD-9999")).isEmpty();
    }

    @Test
    void anUnknownScannedNumberCanBeCreatedOnceOnly() {
        PackageDetails created = service.createWithNumber("mld-0500", PackageKind.BOX, fixture.moldova);
        assertThat(created.number()).isEqualTo("MLD-0500");
        assertThatThrownBy(() -> service.createWithNumber("MLD-0500", PackageKind.BOX, fixture.moldova))
                .isInstanceOf(UserInputException.class).hasMessageContaining("already used");
        assertThatThrownBy(() -> service.createWithNumber("a b;c", PackageKind.BOX, null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Package number");
    }

    @Test
    void aCategoryLineTakesItsDefaultsFromTheCategory() {
        long id = service.newPackage(fixture.moldova, PackageKind.BOX, null).pkg().id();

        ContentLine line = service.addCategoryLine(id, fixture.category("Books").id(), new BigDecimal("40"),
                Condition.USED_GOOD, null).lines().get(0);

        assertThat(line.description()).isEqualTo("Books");
        assertThat(line.unit()).isEqualTo("pcs");
        assertThat(line.hsCode()).isEqualTo("4901.99");
        assertThat(line.netKg()).isEqualByComparingTo("16");
        assertThat(line.value()).isEqualByComparingTo("40.00");
    }

    @Test
    void aTypedValueWinsOverTheDefault() {
        long id = service.newPackage(fixture.moldova, PackageKind.BOX, null).pkg().id();
        ContentLine line = service.addCategoryLine(id, fixture.category("Shoes").id(), new BigDecimal("6"),
                Condition.USED_GOOD, new BigDecimal("30")).lines().get(0);
        assertThat(line.value()).isEqualByComparingTo("30.00");
    }

    @ParameterizedTest
    @CsvSource({"0", "-3"})
    void countsCannotBeZeroOrNegative(String count) {
        long id = service.newPackage(fixture.moldova, PackageKind.BOX, null).pkg().id();
        assertThatThrownBy(() -> service.addCategoryLine(id, fixture.category("Books").id(), new BigDecimal(count),
                Condition.USED_GOOD, null)).isInstanceOf(UserInputException.class).hasMessageContaining("Count");
        assertThat(service.details(id).lines()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0", "-1.5"})
    void weightsCannotBeZeroOrNegative(String kg) {
        long id = service.newPackage(fixture.moldova, PackageKind.BOX, null).pkg().id();
        assertThatThrownBy(() -> service.setGrossWeight(id, new BigDecimal(kg)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Gross weight");
        assertThat(service.details(id).pkg().grossKg()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.5|12.500", "12,5|12.500", "12,5 kg|12.500", "ST,GS,+0012.50kg|12.500",
        "12500 g|12.500", "  7 KG |7.000", "1 234,5 kg|1234.500", "1\u202f234,5|1234.500"})
    void weightTextFromPeopleAndScalesIsRead(String typed, String kg) {
        assertThat(WeightText.parseKg(typed)).contains(new BigDecimal(kg));
    }

    @ParameterizedTest
    @CsvSource({"-2", "0 kg", "heavy", "'1,234.5'", "'1.234,5 kg'"})
    void impossibleWeightTextIsRejected(String typed) {
        assertThatThrownBy(() -> WeightText.parseKg(typed)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Gross weight");
    }

    @Test
    void sealingNeedsWeightAndDimensionsAndNamesWhatIsMissing() {
        long id = service.newPackage(fixture.moldova, PackageKind.BOX, null).pkg().id();
        assertThatThrownBy(() -> service.seal(id)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("the gross weight and the dimensions");
        service.setGrossWeight(id, new BigDecimal("9"));
        assertThatThrownBy(() -> service.seal(id)).hasMessageContaining("enter the dimensions.");
        service.setDimensions(id, new Dimensions(40, 30, 30));

        PackageDetails sealed = service.seal(id);

        assertThat(sealed.pkg().status()).isEqualTo(PackageStatus.SEALED);
        assertThat(sealed.pkg().packedBy()).isEqualTo("Test volunteer");
        assertThat(sealed.pkg().packedAt()).isNotNull();
    }

    @Test
    void aSealedPackageCannotBeEdited() {
        long id = fixture.packageWith("MLD-0010", fixture.moldova, new BigDecimal("10"), "Books", 5);
        service.seal(id);

        assertThatThrownBy(() -> service.addCategoryLine(id, fixture.category("Shoes").id(), BigDecimal.ONE,
                Condition.USED_GOOD, null)).isInstanceOf(UserInputException.class).hasMessageContaining("sealed");
        assertThatThrownBy(() -> service.setGrossWeight(id, BigDecimal.TEN)).hasMessageContaining("reopen");
        assertThatThrownBy(() -> service.setMarks(id, Set.of())).hasMessageContaining("sealed");
        long lineId = service.details(id).lines().get(0).id();
        assertThatThrownBy(() -> service.removeLine(id, lineId)).hasMessageContaining("sealed");
        assertThat(service.details(id).lines()).hasSize(1);
        assertThat(service.details(id).pkg().marks()).contains(HandlingMark.FRAGILE);
    }

    @Test
    void reopeningNeedsAReasonThatGoesToTheChangeLog() {
        long id = fixture.packageWith("MLD-0011", fixture.moldova, new BigDecimal("10"), "Books", 5);
        service.seal(id);
        assertThatThrownBy(() -> service.reopen(id, "  ")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Reason");
        assertThat(service.details(id).pkg().isSealed()).isTrue();

        service.reopen(id, "add two pairs of shoes");

        assertThat(service.details(id).pkg().status()).isEqualTo(PackageStatus.OPEN);
        assertThat(new AuditRepository(fixture.workspace.database()).recent(5))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("reopen");
                    assertThat(entry.entityKey()).isEqualTo("MLD-0011");
                    assertThat(entry.details()).isEqualTo("add two pairs of shoes");
                    assertThat(entry.user()).isEqualTo("Test volunteer");
                });
    }

    @Test
    void takingFromStockLowersTheAvailableQuantityAndMarksTheItemPacked() {
        long item = fixture.donatedItem("Exercise books", 100);
        long box = service.newPackage(fixture.moldova, PackageKind.BOX, null).pkg().id();

        ContentLine line = service.takeFromStock(box, item, new BigDecimal("60")).lines().get(0);

        assertThat(line.itemId()).isEqualTo(item);
        assertThat(line.value()).isEqualByComparingTo("30.00");
        assertThat(service.availableQuantity(item)).isEqualByComparingTo("40");
        assertThat(fixture.item(item).status()).isEqualTo(ItemStatus.IN_STOCK);

        assertThatThrownBy(() -> service.takeFromStock(box, item, new BigDecimal("41")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("only 40 pcs left");
        service.takeFromStock(box, item, new BigDecimal("40"));
        assertThat(fixture.item(item).status()).isEqualTo(ItemStatus.PACKED);
        assertThat(service.availableQuantity(item)).isEqualByComparingTo("0");
    }

    @Test
    void removingAStockLinePutsTheGoodsBackInStock() {
        long item = fixture.donatedItem("Exercise books", 10);
        long box = service.newPackage(fixture.moldova, PackageKind.BOX, null).pkg().id();
        PackageDetails packed = service.takeFromStock(box, item, BigDecimal.TEN);
        assertThat(fixture.item(item).status()).isEqualTo(ItemStatus.PACKED);

        service.removeLine(box, packed.lines().get(0).id());

        assertThat(fixture.item(item).status()).isEqualTo(ItemStatus.IN_STOCK);
        assertThat(service.availableQuantity(item)).isEqualByComparingTo("10");
    }

    @Test
    void aPalletCannotContainItself() {
        long pallet = service.newPackage(fixture.moldova, PackageKind.PALLET, null).pkg().id();
        String number = service.details(pallet).number();
        assertThatThrownBy(() -> service.putOnPallet(pallet, number)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("cannot be put on itself");
        assertThat(service.details(pallet).pkg().parentId()).isNull();
    }

    @Test
    void aPalletCannotGoOnAPalletThatSitsOnIt() {
        PackageDetails outer = service.newPackage(fixture.moldova, PackageKind.PALLET, null);
        PackageDetails inner = service.newPackage(fixture.moldova, PackageKind.PALLET, null);
        service.putOnPallet(inner.pkg().id(), outer.number());

        assertThatThrownBy(() -> service.putOnPallet(outer.pkg().id(), inner.number()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("already sits on");
        assertThat(service.details(outer.pkg().id()).children()).extracting(p -> p.number())
                .containsExactly(inner.number());
    }

    @Test
    void onlyPalletsHoldPackages() {
        PackageDetails box = service.newPackage(fixture.moldova, PackageKind.BOX, null);
        PackageDetails other = service.newPackage(fixture.moldova, PackageKind.BOX, null);
        assertThatThrownBy(() -> service.putOnPallet(other.pkg().id(), box.number()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("only pallets");
    }

    @Test
    void fiftyEmptyBoxesAreCreatedInOneGoWithDistinctNumbers() {
        List<String> numbers = service.createEmptyPackages(fixture.moldova, 50, PackageKind.BOX, size("L"));
        assertThat(new HashSet<>(numbers)).hasSize(50);
        assertThat(numbers.get(0)).isEqualTo("MLD-0001");
        assertThat(numbers.get(49)).isEqualTo("MLD-0050");
        assertThat(service.packingList(fixture.moldova)).hasSize(50)
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(PackageStatus.OPEN));
        assertThat(service.open("MLD-0050").orElseThrow().pkg().dimensions()).isEqualTo(new Dimensions(80, 60, 50));
    }

    @Test
    void copiesHaveNewNumbersAndTheSameLinesButNoStockLinks() {
        long item = fixture.donatedItem("Exercise books", 100);
        PackageDetails box = service.newPackage(fixture.moldova, PackageKind.BOX, size("S"));
        long id = box.pkg().id();
        service.takeFromStock(id, item, new BigDecimal("50"));
        service.addCategoryLine(id, fixture.category("Pencils and crayons").id(), new BigDecimal("20"),
                Condition.NEW, null);
        service.setGrossWeight(id, new BigDecimal("7.2"));

        List<String> copies = service.copyPackage(id, 20);

        assertThat(copies).hasSize(20).doesNotContain(box.number());
        PackageDetails copy = service.open(copies.get(19)).orElseThrow();
        assertThat(copy.lines()).extracting(ContentLine::description)
                .containsExactly("Exercise books A5, new", "Pencils and crayons");
        assertThat(copy.lines()).allSatisfy(l -> assertThat(l.itemId()).isNull());
        assertThat(copy.pkg().grossKg()).isEqualByComparingTo("7.2");
        assertThat(service.availableQuantity(item)).isEqualByComparingTo("50");
    }

    @Test
    void warningsNameOverweightMissingValueAndRestrictedCategories() {
        long id = fixture.packageWith("MLD-0020", fixture.moldova, null, "Soft toys", 30);
        PackageDetails details = service.details(id);

        List<PackingWarning> heavy = service.warnings(details, new BigDecimal("27.5"));
        List<PackingWarning> unweighed = service.warnings(details, null);

        assertThat(heavy).extracting(w -> english(w.text())).anyMatch(t -> t.contains("27.5 kg, over the 25 kg limit"));
        assertThat(heavy).anySatisfy(w -> {
            assertThat(w.level()).isEqualTo(Severity.BLOCK);
            assertThat(english(w.text())).startsWith("Soft toys:").contains("Moldova");
        });
        assertThat(unweighed).extracting(w -> english(w.text())).anyMatch(t -> t.startsWith("No gross weight"));
        assertThat(service.warnings(details, new BigDecimal("20"))).extracting(w -> english(w.text()))
                .noneMatch(t -> t.contains("limit"));
    }

    @Test
    void aLineWithoutValueIsWarnedAbout() {
        long id = service.newPackage(fixture.armenia, PackageKind.BOX, null).pkg().id();
        PackageDetails details = service.addCategoryLine(id, fixture.category("Books").id(), BigDecimal.ONE,
                Condition.USED_GOOD, BigDecimal.ZERO);
        assertThat(service.warnings(details, BigDecimal.ONE)).extracting(w -> english(w.text()))
                .anyMatch(t -> t.contains("Line 1 (Books) has no value"))
                .anyMatch(t -> t.contains("Armenia"));
    }

    @Test
    void theWeightLimitComesFromTheSettings() {
        new org.shipshape.store.settings.SettingsRepository(fixture.workspace.database())
                .put(PackingService.MAX_PACKAGE_KG, "30");
        long id = fixture.packageWith("MLD-0021", fixture.moldova, null, "Books", 3);
        assertThat(service.warnings(service.details(id), new BigDecimal("27.5"))).extracting(w -> english(w.text()))
                .noneMatch(t -> t.contains("limit"));
    }

    @Test
    void dimensionsAreReadFromBoxSizeCodesOrTyped() {
        assertThat(service.parseDimensions("m")).isEqualTo(new Dimensions(60, 40, 40));
        assertThat(service.parseDimensions("50 x 30 x 20 cm")).isEqualTo(new Dimensions(50, 30, 20));
        assertThatThrownBy(() -> service.parseDimensions("50x-3x20")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Size");
    }

    @Test
    void categoriesAreFoundByUniquePrefixOrExactName() {
        assertThat(service.findCategory("books")).map(c -> c.name()).contains("Books");
        assertThat(service.findCategory("ball")).map(c -> c.name()).contains("Ball-point pens");
        assertThat(service.findCategory("clothes")).isEmpty();
    }

    @Test
    void thePackingListSummarisesEachPackage() {
        fixture.packageWith("MLD-0002", fixture.moldova, new BigDecimal("11"), "Books", 40, "Shoes", 6);
        fixture.packageWith("MLD-0001", fixture.moldova, null, "Towels", 12);

        List<PackingListRow> rows = service.packingList(fixture.moldova);

        assertThat(rows).extracting(PackingListRow::number).containsExactly("MLD-0001", "MLD-0002");
        assertThat(rows.get(1).contents()).isEqualTo("Books 40 pcs; Shoes 6 pairs");
        assertThat(rows.get(1).itemCount()).isEqualByComparingTo("46");
        assertThat(rows.get(1).grossKg()).isEqualByComparingTo("11");
        assertThat(rows.get(1).position()).isEqualTo(2);
    }
}
