package org.shipshape.store.db;

import org.shipshape.model.safety.OpenFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void newFileIsCreatedAndMigratedToTheLatestSchema() {
        Path file = folder.resolve("new.db");
        try (Database db = Database.open(file)) {
            assertThat(Files.exists(file)).isTrue();
            assertThat(db.schemaVersion()).isEqualTo(Migrator.bundled().latestVersion());
        }
    }

    @Test
    void everyConnectionUsesWalForeignKeysAndABusyTimeout() {
        try (Database db = Database.open(folder.resolve("p.db"))) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isGreaterThan(0);
        }
    }

    @Test
    void aFailingWriteLeavesNothingBehind() {
        try (Database db = Database.open(folder.resolve("t.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO setting (key, value) VALUES ('a', '1')");
                    s.execute("INSERT INTO setting (key, value) VALUES ('a', '2')");
                }
                return null;
            })).isInstanceOf(StoreException.class);
            int rows = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM setting WHERE key = 'a'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database, and they must survive");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(OpenFailure.NOT_A_DATABASE));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerAppIsRefused() {
        Path file = folder.resolve("newer.db");
        try (Database db = Database.open(file)) {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 999");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(OpenFailure.NEWER_THAN_APP));
    }

    /** A newer Shipshape may keep its file in rollback-journal mode; refusing it must not switch it to WAL. */
    @Test
    void aNewerDatabaseInRollbackJournalModeIsRefusedWithoutChangingAByte() throws Exception {
        Path file = folder.resolve("newer-journal.db");
        try (java.sql.Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = raw.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);
        for (Database.Mode mode : Database.Mode.values()) {
            assertThatThrownBy(() -> Database.open(file, mode, Migrator.bundled()))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(OpenFailure.NEWER_THAN_APP));
            assertThat(Files.readAllBytes(file)).as(mode + " changed nothing").isEqualTo(before);
            assertThat(folder.resolve("newer-journal.db-wal")).doesNotExist();
        }
    }

    @Test
    void aMissingFolderIsNotCreated() {
        Path file = folder.resolve("missing").resolve("x.db");
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(OpenFailure.CANNOT_CREATE));
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void upgradingAnOlderDatabaseBacksItUpFirst() throws Exception {
        Path file = folder.resolve("old.db");
        Migrator all = Migrator.bundled();
        List<Migrator.Migration> firstOnly = List.of(all.pending(0).get(0));
        try (Database db = Database.open(file, Database.Mode.READ_WRITE, new Migrator(firstOnly))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(all.latestVersion());
        }
        try (var backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("old-before-migration-v1-").endsWith(".db");
        }
    }

    /** The pending migrations are one transaction: one that fails leaves the file at its version before, whole. */
    @Test
    void aFailingMigrationLeavesTheDatabaseAtItsVersionBefore() throws Exception {
        Path file = folder.resolve("upgrade.db");
        List<Migrator.Migration> all = Migrator.bundled().pending(0);
        try (Database db = Database.open(file, Database.Mode.READ_WRITE, new Migrator(List.of(all.get(0))))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
        }
        Migrator failingThird = new Migrator(List.of(all.get(0), all.get(1), new Migrator.Migration(99, "broken",
                "CREATE TABLE half_made (a INTEGER); SELECT * FROM no_such_table")));
        assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE, failingThird))
                .hasMessageContaining("Migration 99 (broken) failed");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).as("schema version").isEqualTo(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'half_made'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("tables of the failed migration").isZero();
            }
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
