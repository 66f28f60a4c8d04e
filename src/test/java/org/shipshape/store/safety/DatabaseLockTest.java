package org.shipshape.store.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.model.safety.LockHolder;

/** What a second Shipshape reads from a lock file its holder may be writing at that moment. */
class DatabaseLockTest {
    @TempDir
    Path folder;

    @Test
    void aLockFileCaughtHalfWrittenNamesNoProcessRatherThanAWrongOne() throws Exception {
        Path lockFile = Files.writeString(folder.resolve("shared.db.lock"),
                "# Shipshape has this database open for writing.\nuser=Ana\nhost=WAREHOUSE-PC\npid=42");
        LockHolder holder = DatabaseLock.readHolder(lockFile);
        assertThat(holder.pid()).as("42 may be the start of 4242").isZero();
    }

    @Test
    void aCompleteLockFileNamesItsHolder() throws Exception {
        Path database = folder.resolve("shared.db");
        try (DatabaseLock lock = DatabaseLock.acquire(database, "Ana")) {
            LockHolder holder = DatabaseLock.readHolder(lock.file());
            assertThat(holder.user()).isEqualTo("Ana");
            assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(folder.resolve("shared.db.lock")).doesNotExist();
    }
}
