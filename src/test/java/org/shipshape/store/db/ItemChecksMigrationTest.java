package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.store.inventory.InventoryFixture;

/**
 * Schema 11 makes donated_item again with its CHECK constraints written as comparisons instead of IN lists: every
 * item keeps its id and values, what refers to it still does, and the same values are refused as before.
 */
class ItemChecksMigrationTest {
    private static final String ITEM_COLUMNS = "donor_id, category_id, description, quantity, unit, condition,"
            + " unit_value_minor, currency, received_on, created_at";
    @TempDir
    Path folder;

    @Test
    void aVersion10WarehouseKeepsEveryItemAndWhatRefersToIt() {
        Path file = folder.resolve("v10.db");
        Migrator upTo10 = new Migrator(Migrator.bundled().pending(0).stream().filter(m -> m.version() <= 10).toList());
        List<List<Object>> items;
        List<List<Object>> lines;
        try (Database db = Database.open(file, Database.Mode.READ_WRITE, upTo10)) {
            assertThat(db.schemaVersion()).isEqualTo(10);
            new InventoryFixture(db);
            items = rows(db, "SELECT * FROM donated_item ORDER BY id");
            lines = rows(db, "SELECT * FROM content_line ORDER BY id");
            assertThat(tableSql(db)).contains("condition IN (");
        }
        assertThat(items).hasSize(3);
        assertThat(lines).hasSize(2);
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrator.bundled().latestVersion()).isGreaterThanOrEqualTo(11);
            assertThat(rows(db, "SELECT * FROM donated_item ORDER BY id")).isEqualTo(items);
            assertThat(rows(db, "SELECT * FROM content_line ORDER BY id")).isEqualTo(lines);
            assertThat(rows(db, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(rows(db, "PRAGMA foreign_keys")).containsExactly(List.of(1L));
            assertThat(rows(db, "SELECT name FROM sqlite_master WHERE tbl_name = 'donated_item' AND type <> 'table'"
                    + " ORDER BY name")).containsExactly(List.of("donated_item_category"),
                    List.of("donated_item_donor"), List.of("donated_item_quantity_finite_insert"),
                    List.of("donated_item_quantity_finite_update"), List.of("donated_item_received"),
                    List.of("donated_item_status"));
            assertThat(tableSql(db)).doesNotContain(" IN (").contains("condition = 'for-parts'");

            long donor = (Long) items.get(0).get(1);
            long category = (Long) items.get(0).get(2);
            insert(db, donor, category, "'used-good'");
            for (String refused : List.of("'broken'", "'NEW'", "''")) {
                assertThatThrownBy(() -> insert(db, donor, category, refused)).as(refused)
                        .isInstanceOf(StoreException.class).hasMessageContaining("CHECK constraint failed");
            }
            assertThatThrownBy(() -> execute(db, "UPDATE donated_item SET status = 'lost' WHERE id = "
                    + items.get(0).get(0))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("CHECK constraint failed");
            assertThatThrownBy(() -> execute(db, "UPDATE donated_item SET test_result = 'smoking' WHERE id = "
                    + items.get(0).get(0))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("CHECK constraint failed");
            execute(db, "UPDATE donated_item SET test_result = 'repaired', status = 'disposed' WHERE id = "
                    + items.get(0).get(0));
            assertThatThrownBy(() -> execute(db, "UPDATE donated_item SET quantity = 1e300 WHERE id = "
                    + items.get(0).get(0))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("must be a finite number");
        }
    }

    /** A migration run with foreign keys off cannot leave rows that refer to nothing: all of them roll back. */
    @Test
    void migrationsThatLeaveRowsPointingNowhereAreRefused() {
        Path file = folder.resolve("current.db");
        List<List<Object>> donors;
        try (Database db = Database.open(file)) {
            new InventoryFixture(db);
            donors = rows(db, "SELECT * FROM donor ORDER BY id");
        }
        Migrator losingDonors = new Migrator(Stream.concat(Migrator.bundled().pending(0).stream(),
                Stream.of(new Migrator.Migration(99, "loses_donors", "DELETE FROM donor"))).toList());
        assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE, losingDonors))
                .hasMessageContaining("foreign keys point nowhere").hasMessageContaining("donated_item row");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrator.bundled().latestVersion());
            assertThat(rows(db, "SELECT * FROM donor ORDER BY id")).isEqualTo(donors);
            assertThat(rows(db, "PRAGMA foreign_keys")).containsExactly(List.of(1L));
        }
    }

    private static void insert(Database db, long donor, long category, String condition) {
        execute(db, "INSERT INTO donated_item (" + ITEM_COLUMNS + ") VALUES (" + donor + ", " + category
                + ", 'kettle', 1, 'pcs', " + condition + ", 0, 'EUR', '2026-05-01', 'now')");
    }

    private static void execute(Database db, String sql) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    private static String tableSql(Database db) {
        return (String) rows(db, "SELECT sql FROM sqlite_master WHERE name = 'donated_item'").get(0).get(0);
    }

    private static List<List<Object>> rows(Database db, String sql) {
        return db.read(c -> {
            List<List<Object>> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.add(value instanceof Integer small ? Long.valueOf(small) : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
