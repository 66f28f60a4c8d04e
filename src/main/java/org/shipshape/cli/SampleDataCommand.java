package org.shipshape.cli;

import java.util.concurrent.Callable;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code shipshape sample-data}: loads the sample warehouse into the database. */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = "Load the sample warehouse (donors, items, shipments with packages) into an empty database.")
final class SampleDataCommand implements Callable<Integer> {
    @ParentCommand
    private ShipshapeCommand root;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            SampleWarehouse.load(workspace, Progress.NONE);
            var counts = workspace.counts();
            System.out.printf("Sample warehouse loaded into %s: %d donors, %d items, %d packages, %d shipments.%n",
                    workspace.file(), counts.donors(), counts.items(), counts.packages(), counts.shipments());
        }
        return ExitCode.DONE;
    }
}
