package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.BackupKind;

class AutomaticBackupsTest {
    @TempDir
    Path folder;

    @Test
    void aStartUpBackupIsTakenAtOnceAndAnExitBackupOnClosing() throws InterruptedException {
        Path file = folder.resolve("shipshape.db");
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            AutomaticBackups automatic = new AutomaticBackups(new BackupService(workspace), false, failures::add);
            automatic.start(Duration.ofHours(1));
            long deadline = System.currentTimeMillis() + 60_000;
            while (BackupService.list(file).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(BackupService.list(file)).extracting(BackupEntry::kind).containsExactly(BackupKind.START);
            automatic.closeWithExitBackup();
        }
        assertThat(failures).isEmpty();
        // both are from today; rotation keeps one backup a day but never the one just taken: the exit backup
        assertThat(BackupService.list(file)).extracting(BackupEntry::kind).contains(BackupKind.EXIT);
    }

    @Test
    void aReadOnlyWorkspaceGetsNoAutomaticBackups() {
        Path file = folder.resolve("shipshape.db");
        Workspace.open(file, false, "test").close();
        try (Workspace workspace = Workspace.open(file, true, "test")) {
            AutomaticBackups automatic = new AutomaticBackups(new BackupService(workspace), true, e -> { });
            automatic.start(Duration.ofMillis(10));
            automatic.closeWithExitBackup();
        }
        assertThat(folder.resolve("backups")).doesNotExist();
    }
}
