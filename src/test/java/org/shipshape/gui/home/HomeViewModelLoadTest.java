package org.shipshape.gui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.HeldTaskExecutor;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.inventory.InventoryFixture;

/** The home overview is read once however often it is asked for before the read starts. */
class HomeViewModelLoadTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private final HeldTaskExecutor tasks = new HeldTaskExecutor();
    private HomeViewModel home;

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
        new InventoryFixture(workspace.database());
        home = new HomeViewModel(new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { }), place -> { });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void loadsAskedForBeforeTheReadStartsAreOneRead() {
        home.load();
        home.load();
        assertThat(tasks.heldCount()).isEqualTo(1);
        tasks.runAll();
        assertThat(home.steps()).isNotEmpty();
        assertThat(home.progressProperty().get()).isNotEmpty();
        assertThat(home.backupHintProperty().get()).isEqualTo("Keep a copy on another disk too: File > Back up now to...");

        home.load(); // after the read, a new load reads again (the data may have changed)
        assertThat(tasks.heldCount()).isEqualTo(1);
        tasks.runAll();
        assertThat(tasks.heldCount()).isZero();
    }
}
