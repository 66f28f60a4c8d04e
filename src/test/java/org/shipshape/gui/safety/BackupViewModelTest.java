package org.shipshape.gui.safety;

import org.shipshape.gui.support.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.safety.RotationPolicy;
import org.shipshape.logic.safety.SafetyFixtures;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.BackupKind;

class BackupViewModelTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private BackupViewModel viewModel;
    private Locale previous;

    @BeforeEach
    void open() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(folder.resolve("shipshape.db"), false, "test");
        SafetyFixtures.fill(workspace, 3);
        viewModel = new BackupViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> { }));
    }

    @AfterEach
    void close() {
        workspace.close();
        Locale.setDefault(previous);
    }

    private void backupAt(LocalDateTime time) {
        new BackupService(workspace, Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                RotationPolicy.standard()).backup(BackupKind.MANUAL);
    }

    @Test
    void backupsAreListedNewestFirstWithDateSizeAndCheckResult() throws Exception {
        backupAt(LocalDateTime.of(2026, 3, 13, 17, 0));
        backupAt(LocalDateTime.of(2026, 3, 14, 17, 0));
        Path newest = BackupService.list(workspace.file()).get(0).file();
        Files.write(newest, "damaged".getBytes());

        viewModel.load();

        assertThat(viewModel.rows()).extracting(BackupViewModel.Row::when)
                .containsExactly("2026-03-14 17:00", "2026-03-13 17:00");
        assertThat(viewModel.rows().get(0).checkProperty().get()).startsWith("damaged: ");
        assertThat(viewModel.rows().get(1).checkProperty().get()).isEqualTo("sound");
        assertThat(viewModel.rows().get(1).size()).endsWith("KB");
        // the damaged newest one is passed over: the newest good backup is selected and can be restored
        assertThat(viewModel.selectedProperty().get()).isSameAs(viewModel.rows().get(1));
        assertThat(viewModel.canRestoreProperty().get()).isTrue();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        assertThat(viewModel.canRestoreProperty().get()).isFalse();
    }

    @Test
    void backingUpToAFileSaysWhereItWentAfterTheCheck() {
        Path target = folder.resolve("usb.db");
        List<String> messages = new ArrayList<>();
        viewModel.backUpTo(target, messages::add);
        assertThat(target).exists();
        assertThat(messages).singleElement().asString().contains(target.toString()).contains("sound");
    }
}
