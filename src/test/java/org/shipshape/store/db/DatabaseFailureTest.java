package org.shipshape.store.db;

import org.shipshape.model.safety.OpenFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite failures become plain sentences; damage found while working stops all further writes. */
class DatabaseFailureTest {
    @TempDir
    Path folder;

    @Test
    void failuresAtOpenAreNamedForWhatThePersonCanDo() {
        Path file = folder.resolve("x.db");
        assertThat(Database.translate(file, new SQLiteException("full", SQLiteErrorCode.SQLITE_FULL)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(OpenFailure.DISK_FULL))
                .hasMessageContaining("is full; free some space");
        assertThat(Database.translate(file, new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY)).reason())
                .isEqualTo(OpenFailure.LOCKED);
        assertThat(Database.translate(file, new SQLiteException("ro", SQLiteErrorCode.SQLITE_READONLY)).reason())
                .isEqualTo(OpenFailure.READ_ONLY);
        assertThat(Database.translate(file, new SQLiteException("bad", SQLiteErrorCode.SQLITE_CORRUPT_INDEX))
                .reason()).isEqualTo(OpenFailure.CORRUPT);
        assertThat(Database.translate(file, new SQLiteException("nodb", SQLiteErrorCode.SQLITE_NOTADB)).reason())
                .isEqualTo(OpenFailure.NOT_A_DATABASE);
    }

    @Test
    void aFullDiskWhileSavingSaysNothingWasSavedAndLaterSavesStillWork() {
        try (Database db = Database.open(folder.resolve("full.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                throw new SQLiteException("database or disk is full", SQLiteErrorCode.SQLITE_FULL);
            })).isInstanceOf(StoreException.class).hasMessageContaining("is full, nothing was saved");
            assertThat(db.isDamaged()).isFalse();
            Integer saved = db.write(c -> 1);
            assertThat(saved).isEqualTo(1);
        }
    }

    /**
     * A real SQLITE_FULL, not an injected one: the page limit stands for the disk. SQLite ends the transaction
     * itself, so the rollback and the return to auto-commit fail too; the sentence must still say the disk is full,
     * and the next save must be a whole transaction again.
     */
    @Test
    void aRealFullDiskIsReportedAsFullAndTheNextSaveIsStillOneTransaction() {
        try (Database db = Database.open(folder.resolve("small.db"))) {
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TABLE filler (text TEXT NOT NULL)");
                }
                return null;
            });
            long pages = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            db.read(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + (pages + 2));
                }
                return null;
            });
            assertThatThrownBy(() -> db.write(c -> {
                try (var ps = c.prepareStatement("INSERT INTO filler VALUES (?)")) {
                    for (int i = 0; i < 1000; i++) {
                        ps.setString(1, "x".repeat(500));
                        ps.executeUpdate();
                    }
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("is full, nothing was saved");

            assertThatThrownBy(() -> db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO filler VALUES ('kept only with the rest')");
                    s.execute("INSERT INTO filler VALUES (NULL)");
                }
                return null;
            })).isInstanceOf(StoreException.class);
            long rows = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM filler")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(rows).as("nothing of either failed transaction was kept").isZero();
        }
    }

    @Test
    void damageFoundWhileWorkingStopsAllFurtherWrites() {
        try (Database db = Database.open(folder.resolve("damaged.db"))) {
            assertThatThrownBy(() -> db.read(c -> {
                throw new SQLiteException("database disk image is malformed", SQLiteErrorCode.SQLITE_CORRUPT);
            })).isInstanceOf(StoreException.class).hasMessageContaining("is damaged, nothing more is saved");
            assertThat(db.isDamaged()).isTrue();
            assertThatThrownBy(() -> db.write(c -> 1)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("start it again");
        }
    }
}
