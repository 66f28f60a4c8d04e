package org.shipshape.logic.inventory;

import org.shipshape.logic.intake.DeletedItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.inventory.InventoryFixture;

class InventoryServiceTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private InventoryService inventory;
    private InventoryFixture fixture;

    @BeforeEach
    void open() {
        workspace = openWorkspace("Tester");
        inventory = new InventoryService(workspace);
        fixture = new InventoryFixture(workspace.database());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void filteringInMemoryGivesTheSameRowsAsTheDatabase() {
        InventorySnapshot snapshot = inventory.snapshot();
        List<ItemFilter> filters = List.of(ItemFilter.ALL, ItemFilter.ALL.withText("TOWEL"),
                ItemFilter.ALL.withText("mary"), ItemFilter.ALL.withStatus(ItemStatus.PACKED),
                ItemFilter.ALL.withDonor(fixture.anna),
                new ItemFilter(null, fixture.towels, null, Condition.USED_FAIR, null, null, null),
                new ItemFilter("", null, null, null, null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 15)));
        for (ItemFilter filter : filters) {
            assertThat(snapshot.filter(filter, Progress.NONE)).as(filter.toString())
                    .containsExactlyElementsOf(inventory.search(filter));
        }
    }

    @Test
    void invalidEditIsRefusedAndNothingChanges() {
        DonatedItem item = inventory.item(fixture.bathTowels);
        DonatedItem bad = new DonatedItem(item.id(), item.donorId(), item.categoryId(), item.description(),
                BigDecimal.ZERO, item.unit(), item.condition(), item.unitValue(), item.currency(), item.unitKg(),
                item.receivedOn(), item.location(), item.status(), item.testRecord());
        assertThatThrownBy(() -> inventory.update(bad, 0)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Quantity");
        assertThat(inventory.item(fixture.bathTowels)).isEqualTo(item);
    }

    @Test
    void packedItemsCannotBeDeletedAndDeletesCanBeUndone() {
        assertThatThrownBy(() -> inventory.delete(List.of(fixture.bathTowels, fixture.fridge)))
                .isInstanceOf(UserInputException.class).hasMessageContaining(String.valueOf(fixture.fridge));
        assertThat(inventory.search(ItemFilter.ALL)).hasSize(3);
        DeletedItems deleted = inventory.delete(List.of(fixture.bathTowels));
        assertThat(inventory.search(ItemFilter.ALL)).hasSize(2);
        List<InventoryRow> restored = inventory.restore(deleted);
        assertThat(restored).extracting(InventoryRow::id).containsExactly(fixture.bathTowels);
        assertThat(inventory.search(ItemFilter.ALL)).hasSize(3);
    }

    @Test
    void csvExportHasByteOrderMarkAndExactlyTheGivenRows() throws Exception {
        List<InventoryRow> shown = inventory.search(ItemFilter.ALL.withText("towel"));
        Path csv = dir.resolve("inventory.csv");
        InventoryExport.csv(shown, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,received_on,donor,category,description,quantity");
        assertThat(lines.get(1)).contains("tea towels").contains("St Mary's Church").endsWith("shipped");
    }

    @Test
    void xlsxExportHasExactlyTheGivenRows() throws Exception {
        List<InventoryRow> shown = inventory.search(ItemFilter.ALL.withStatus(ItemStatus.IN_STOCK));
        Path xlsx = dir.resolve("inventory.xlsx");
        InventoryExport.xlsx(shown, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in);
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(2);
            assertThat(all.get(1).getCellText(4)).isEqualTo("bath towels");
            assertThat(all.get(1).getCellAsNumber(11)).hasValueSatisfying(kg -> assertThat(kg)
                    .isEqualByComparingTo("4"));
        }
    }

    /** The warehouse the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Workspace openWorkspace(String user) {
        return Workspace.open(dir.resolve("t.db"), false, user);
    }
}
