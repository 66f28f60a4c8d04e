package org.shipshape.gui.home;

import java.util.concurrent.atomic.AtomicBoolean;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.Progress;
import org.shipshape.model.shipments.ShipmentStatus;
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

    @Test
    void eachOpenShipmentIsReadAfterTheCountsAndAfterWorkAskedForMeanwhile() {
        workspace.close();
        workspace = Workspace.open(dir.resolve("sample.db"), false, "Tester");
        SampleWarehouse.load(workspace, Progress.NONE);
        home = new HomeViewModel(new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { }), place -> { });
        long open = new ShipmentService(workspace).shipments().stream()
                .filter(s -> s.status().compareTo(ShipmentStatus.SHIPPED) < 0).count();
        assertThat(open).as("the sample has shipments being prepared").isGreaterThan(1);

        home.load();
        tasks.runNext(); // the counts: the shipments are listed, not read yet
        assertThat(home.progressProperty().get()).isNotEmpty();
        assertThat(home.shipments()).hasSize((int) open).allSatisfy(row -> assertThat(row.checked()).isFalse());
        String unreadFill = home.shipments().get(0).fillText();
        String unreadProblems = home.shipments().get(0).problems();
        assertThat(tasks.heldCount()).as("one shipment at a time").isEqualTo(1);

        AtomicBoolean sectionRead = new AtomicBoolean();
        tasks.execute(BackgroundTask.of("a section chosen meanwhile", progress -> null)
                .onSuccess(ignored -> sectionRead.set(true)));
        tasks.runNext(); // the first shipment; the next one is asked for after the section's read
        assertThat(home.shipments().get(0).checked()).isTrue();
        assertThat(home.shipments().get(1).checked()).isFalse();
        assertThat(sectionRead).isFalse();
        tasks.runNext();
        assertThat(sectionRead).isTrue();
        assertThat(home.shipments().get(1).checked()).isFalse();

        tasks.runAll();
        assertThat(home.shipments()).hasSize((int) open).allSatisfy(row -> {
            assertThat(row.checked()).isTrue();
            assertThat(row.fillText()).isNotEqualTo(unreadFill);
            assertThat(row.problems()).isNotEqualTo(unreadProblems);
        });
    }
}
