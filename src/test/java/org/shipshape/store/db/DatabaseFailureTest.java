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
