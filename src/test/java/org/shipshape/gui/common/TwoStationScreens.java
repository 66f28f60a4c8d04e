package org.shipshape.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.TwoStations;
import org.shipshape.logic.workspace.Workspace;

/**
 * Anna's screens and Bea's changes, for the tests of what a screen does when another station changed what it shows:
 * Anna's view models run on the same thread and record their dialogs; Bea works through her own workspace. On SQLite
 * Bea is the next volunteer at the same station; a PostgreSQL variant overrides {@link #openStations()} to put her at
 * a second station.
 */
abstract class TwoStationScreens {
    @TempDir
    Path folder;
    TwoStations stations;
    Workspace anna;
    RecordingDialogs dialogs = new RecordingDialogs();
    GuiContext annasScreen;

    /** Anna and Bea on one warehouse file; the PostgreSQL variant puts them at two stations. */
    TwoStations openStations() {
        return TwoStations.onOneFile(folder);
    }

    void asBea(Consumer<Workspace> work) {
        stations.asBea(work);
    }

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.ENGLISH);
        stations = openStations();
        anna = stations.anna();
        annasScreen = new GuiContext(anna, new CurrentThreadTaskExecutor(), dialogs, () -> { });
    }

    @AfterEach
    void close() {
        stations.close();
    }

    /** Anna was told, in one dialog offering Reload, that Bea changed the record on another station. */
    void assertToldAboutBea(String record) {
        assertThat(dialogs.shown("confirm")).hasSize(1);
        RecordingDialogs.Shown told = dialogs.shown("confirm").get(0);
        assertThat(told.title()).isEqualTo("Changed on another station");
        assertThat(told.text()).startsWith(record + " was changed on another station by Bea (")
                .endsWith("Reload it to see the changes, then edit again.");
        assertThat(told.action()).isEqualTo("Reload");
    }
}
