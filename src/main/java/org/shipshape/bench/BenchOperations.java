package org.shipshape.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.shipshape.gui.app.HeadlessWindow;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;

/**
 * Every operation {@code shipshape bench} measures, one line each. To add one, expose the work as a plain logic
 * method and add a line here: a name people search for, the size it works on, a setup that prepares the data
 * once (see {@link BenchContext}) and the work to time.
 */
final class BenchOperations {
    private BenchOperations() {
    }

    static List<BenchOperation> all(BenchContext context) {
        String large = context.sizeText();
        return List.of(
                BenchOperation.of("open database", large, BenchContext::largeDatabase, BenchOperations::openDatabase),
                BenchOperation.timed("start to main window shown (headless)", large, BenchOperations::headlessWindow,
                        HeadlessWindow::openMainWindow),
                BenchOperation.of("load sample warehouse (new database)", "sample-data/: 300 items, 120 packages",
                        BenchContext::folder, BenchOperations::loadSample));
    }

    private static void openDatabase(Path file) {
        try (Workspace workspace = Workspace.open(file, false, "bench")) {
            workspace.counts();
        }
    }

    private static void loadSample(Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "sample", ".db");
        Files.delete(file);
        try (Workspace workspace = Workspace.open(file, false, "bench")) {
            SampleWarehouse.load(workspace, Progress.NONE);
        }
    }

    private static StartupOptions headlessWindow(BenchContext context) throws InterruptedException {
        HeadlessWindow.startToolkit();
        return new StartupOptions(context.largeDatabase(), false, "Bench volunteer");
    }
}
