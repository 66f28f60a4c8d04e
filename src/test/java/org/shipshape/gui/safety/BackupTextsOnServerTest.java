package org.shipshape.gui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.home.HomeViewModel;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.PostgresTestServer;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * On a server database every data-safety text says what holds there (docs/decisions/0016): the home screen names the
 * server's own backups and pg_dump instead of Shipshape's automatic backups and "File > Back up now to...", and the
 * File menu offers a pg_dump backup and no restore, in English and in French. Skipped without a test server.
 */
@ExtendWith({PostgresTestServer.class, ApplicationExtension.class})
class BackupTextsOnServerTest {
    @TempDir
    Path folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Workspace workspace;

    private GuiContext open(Locale language) {
        Locale.setDefault(language);
        workspace = PostgresTestServer.freshWorkspace("Bea");
        return new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { });
    }

    @AfterEach
    void close() {
        Locale.setDefault(Locale.ENGLISH);
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void theHomeScreenSendsToTheServersBackupsAndPgDumpNotToShipshapesOwn() {
        HomeViewModel home = new HomeViewModel(open(Locale.ENGLISH), place -> { });
        home.load();

        assertThat(home.lastBackupProperty().get())
                .isEqualTo("This warehouse is on the server " + workspace.location() + ": Shipshape takes no backups"
                        + " of it, the server's own backups keep it. Ask its administrator how often they run and"
                        + " where they are kept.")
                .doesNotContain("No backup yet");
        assertThat(home.backupHintProperty().get())
                .startsWith("For a copy of your own: File > Back up now with pg_dump to...")
                .doesNotContain("another disk");
    }

    @Test
    void theHomeScreenSaysItInFrenchToo() {
        HomeViewModel home = new HomeViewModel(open(Locale.FRENCH), place -> { });
        home.load();

        assertThat(home.lastBackupProperty().get())
                .startsWith("Cet entrepôt est sur le serveur " + workspace.location() + " : Shipshape n'en fait pas");
        assertThat(home.backupHintProperty().get())
                .startsWith("Pour une copie à vous : Fichier > Sauvegarder maintenant avec pg_dump vers...");
    }

    @Test
    void theFileMenuOffersAPgDumpBackupAndNoRestore() throws Exception {
        List<MenuItem> items = new BackupMenu(open(Locale.ENGLISH), backup -> { }).items();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.getId()).isEqualTo("menu-back-up-now");
            assertThat(item.getText()).isEqualTo("Back up now with pg_dump to...");
        });

        BackupViewModel backups = new BackupViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                dialogs, () -> { }));
        Path target = folder.resolve(backups.suggestedDumpName());
        StringBuilder said = new StringBuilder();
        backups.dumpTo(target, said::append);

        assertThat(target).exists();
        assertThat(Files.readAllBytes(target)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));
        assertThat(said.toString()).startsWith("pg_dump wrote the backup of " + workspace.location() + " to "
                + target);
        assertThat(dialogs.errors).isEmpty();
    }
}
