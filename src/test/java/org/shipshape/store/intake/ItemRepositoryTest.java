package org.shipshape.store.intake;

import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.inventory.InventoryFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Dialect;
import org.shipshape.store.db.StoreException;
import org.shipshape.store.imports.ImportBatchRepository;

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

    /**
     * An import's items (3 whole statements and 13 rows more), every field as given, in the import's batch: the first
     * and third statements without a test record (the short INSERT on SQLite), the second and the rest with some.
     */
    @Test
    void anImportWriterStoresEveryFieldOfEveryRow() {
        long batch = new ImportBatchRepository(db).insert("items", "many.csv", "sha", 0, "Tester");
        List<Long> before = items.idsInOrder();
        List<DonatedItem> given = new ArrayList<>();
        for (int i = 0; i < 3 * ItemRepository.ROWS_PER_STATEMENT + 13; i++) {
            boolean tested = i / ItemRepository.ROWS_PER_STATEMENT % 2 == 1 && i % 5 == 0;
            TestRecord test = tested ? new TestRecord(LocalDate.of(2026, 3, 1 + i % 28), "Tester " + i,
                    TestResult.values()[i % TestResult.values().length], i % 10 == 0 ? null : "note " + i) : null;
            given.add(new DonatedItem(0, i % 2 == 0 ? fixture.anna : fixture.church,
                    i % 3 == 0 ? fixture.towels : fixture.fridges, "lot " + i, new BigDecimal(i * 10 + 1).movePointLeft(i % 3),
                    i % 4 == 0 ? "kg" : "pcs", Condition.values()[i % Condition.values().length],
                    new BigDecimal(i).movePointLeft(2), i % 2 == 0 ? "EUR" : "GBP",
                    i % 7 == 0 ? null : new BigDecimal(i + 1).movePointLeft(3), LocalDate.of(2026, 1 + i % 12, 1),
                    i % 6 == 0 ? null : "Shelf " + i, ItemStatus.IN_STOCK, test));
        }
        long stored = db.inTransaction(() -> {
            try (ItemRepository.ImportWriter writer = items.importWriter(batch)) {
                given.forEach(writer::add);
                return writer.finish();
            }
        });
        assertThat(stored).isEqualTo(given.size());
        List<Long> ids = items.idsInOrder().subList(before.size(), before.size() + given.size());
        assertThat(ids).hasSize(given.size());
        for (int i = 0; i < given.size(); i++) {
            DonatedItem item = items.findById(ids.get(i)).orElseThrow();
            assertThat(item).isEqualTo(given.get(i).withId(ids.get(i)));
        }
        List<Long> inBatch = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*),"
                    + " count(DISTINCT created_at), count(created_at) FROM donated_item WHERE import_batch_id = "
                    + batch)) {
                rs.next();
                return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
        assertThat(inBatch).as("items, distinct times, times").containsExactly((long) given.size(), 1L,
                (long) given.size());
    }

    /**
     * An import larger than the table (into a nearly new database) drops the table's indexes once it is, and makes
     * them again before the commit: afterwards they are the same and agree with every row (integrity_check).
     */
    @Test
    void aLargeImportMakesTheIndexesAgainBeforeTheCommit() {
        assumeTrue(db.dialect() == Dialect.SQLITE, "SQLite only: a server keeps its indexes");
        List<String> indexes = indexesOfItems();
        List<String> whileWriting = indexesWhileImporting(
                ItemRepository.INDEX_REBUILD_FROM + ItemRepository.ROWS_PER_STATEMENT, 7);
        assertThat(indexes).isNotEmpty();
        assertThat(whileWriting).isEmpty();
        assertThat(indexesOfItems()).isEqualTo(indexes);
        assertThat(pragma("integrity_check")).isEqualTo("ok");
        assertThat(items.count()).isEqualTo(3 + ItemRepository.INDEX_REBUILD_FROM + ItemRepository.ROWS_PER_STATEMENT
                + 7);
    }

    /** A failure after the indexes were dropped rolls everything back: the rows go, the indexes stay. */
    @Test
    void aRolledBackImportKeepsTheIndexesAndThePageCache() {
        assumeTrue(db.dialect() == Dialect.SQLITE, "SQLite only: a server keeps its indexes");
        List<String> indexes = indexesOfItems();
        String cacheSize = pragma("cache_size");
        long count = items.count();
        long batch = new ImportBatchRepository(db).insert("items", "large.csv", "sha", 0, "Tester");
        assertThatThrownBy(() -> db.inTransaction(() -> {
            try (ItemRepository.ImportWriter writer = items.importWriter(batch)) {
                addLots(writer, 2 * ItemRepository.INDEX_REBUILD_FROM);
                assertThat(indexesOfItems()).isEmpty();
                throw new IllegalStateException("row 20,001 is wrong");
            }
        })).hasMessage("row 20,001 is wrong");
        assertThat(indexesOfItems()).isEqualTo(indexes);
        assertThat(items.count()).isEqualTo(count);
        assertThat(pragma("cache_size")).isEqualTo(cacheSize);
        assertThat(pragma("integrity_check")).isEqualTo("ok");
    }

    /**
     * The trigger that refuses a quantity not finite (schema 7) is dropped with the indexes and made again, the same,
     * before the commit; the condition the import checks instead is the trigger's own.
     */
    @Test
    void aLargeImportMakesTheQuantityGuardAgainBeforeTheCommit() {
        assumeTrue(db.dialect() == Dialect.SQLITE, "SQLite only: a server has a CHECK constraint");
        String guard = quantityGuard();
        assertThat(guard).contains("WHEN " + ItemRepository.QUANTITY_NOT_FINITE.replace("quantity", "NEW.quantity"));
        long batch = new ImportBatchRepository(db).insert("items", "import.csv", "sha", 0, "Tester");
        List<String> whileWriting = new ArrayList<>();
        db.inTransaction(() -> {
            try (ItemRepository.ImportWriter writer = items.importWriter(batch)) {
                addLots(writer, ItemRepository.INDEX_REBUILD_FROM + ItemRepository.ROWS_PER_STATEMENT);
                whileWriting.add(String.valueOf(quantityGuard()));
                addLots(writer, 7);
                return writer.finish();
            }
        });
        assertThat(whileWriting).containsExactly("null");
        assertThat(quantityGuard()).isEqualTo(guard);
    }

    /** A quantity past what the guard allows, stored while it is dropped, refuses the whole import as it would. */
    @Test
    void aLargeImportRefusesAQuantityNotFiniteStoredWhileTheGuardIsDropped() {
        assumeTrue(db.dialect() == Dialect.SQLITE, "SQLite only: a server has a CHECK constraint");
        String guard = quantityGuard();
        long count = items.count();
        long batch = new ImportBatchRepository(db).insert("items", "large.csv", "sha", 0, "Tester");
        assertThatThrownBy(() -> db.inTransaction(() -> {
            try (ItemRepository.ImportWriter writer = items.importWriter(batch)) {
                addLots(writer, ItemRepository.INDEX_REBUILD_FROM + ItemRepository.ROWS_PER_STATEMENT);
                writer.add(InventoryFixture.item(fixture.anna, fixture.towels, "endless towels", "1e300", "1", "0.3",
                        "2026-03-01", null, Condition.NEW));
                addLots(writer, 3);
                return writer.finish();
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("must be a finite number");
        assertThat(items.count()).isEqualTo(count);
        assertThat(quantityGuard()).isEqualTo(guard);
    }

    /** A small import into a table of more rows keeps its indexes all along. */
    @Test
    void aSmallImportKeepsTheIndexes() {
        assumeTrue(db.dialect() == Dialect.SQLITE, "SQLite only");
        List<String> indexes = indexesOfItems();
        List<String> whileWriting = indexesWhileImporting(
                ItemRepository.INDEX_REBUILD_FROM - ItemRepository.ROWS_PER_STATEMENT, 0);
        assertThat(whileWriting).isEqualTo(indexes);
    }

    /**
     * Imports {@code rowsFirst} rows, then {@code rowsAfter} more, in one committed transaction; returns the item
     * table's index definitions as they were between the two.
     */
    private List<String> indexesWhileImporting(long rowsFirst, long rowsAfter) {
        long batch = new ImportBatchRepository(db).insert("items", "import.csv", "sha", 0, "Tester");
        List<String> whileWriting = new ArrayList<>();
        db.inTransaction(() -> {
            try (ItemRepository.ImportWriter writer = items.importWriter(batch)) {
                addLots(writer, rowsFirst);
                whileWriting.addAll(indexesOfItems());
                addLots(writer, rowsAfter);
                return writer.finish();
            }
        });
        return whileWriting;
    }

    private void addLots(ItemRepository.ImportWriter writer, long rows) {
        for (long i = 0; i < rows; i++) {
            writer.add(InventoryFixture.item(i % 2 == 0 ? fixture.anna : fixture.church, fixture.towels, "lot " + i,
                    "1", "2.50", "0.3", "2026-0" + (1 + i % 9) + "-01", null, Condition.NEW));
        }
    }

    /** The quantity guard's definition, or null while there is none. */
    private String quantityGuard() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master"
                    + " WHERE type = 'trigger' AND name = '" + ItemRepository.QUANTITY_GUARD + "'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private List<String> indexesOfItems() {
        return db.read(c -> {
            List<String> definitions = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master"
                    + " WHERE type = 'index' AND tbl_name = 'donated_item' AND sql IS NOT NULL ORDER BY name")) {
                while (rs.next()) {
                    definitions.add(rs.getString(1));
                }
            }
            return definitions;
        });
    }

    private String pragma(String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** The database the tests run on: a new SQLite file here, a new schema on the server in the PostgreSQL variant. */
    Database openDatabase() {
        return Database.open(dir.resolve("t.db"));
    }
}
