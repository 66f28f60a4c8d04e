package org.shipshape.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shipshape.logic.intake.DonorImport;
import org.shipshape.logic.intake.ImportResult;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code shipshape import donors FILE}. */
@Command(name = "donors", mixinStandardHelpOptions = true,
        description = "Import donors: columns name, kind, email, phone, address, notes (only name is required)."
                + " Donors already known by name are skipped.")
final class ImportDonorsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.root.openWorkspace()) {
            DonorImport donorImport = new DonorImport(workspace);
            var preview = donorImport.preview(options.file(), Progress.NONE);
            options.refuseUnconfirmedDuplicate(preview);
            ImportResult result = donorImport.write(preview, options.allowDuplicate(), Progress.NONE);
            options.report(preview.notes(), "Imported " + result.written() + " donors from " + result.fileName()
                    + (result.skipped() > 0 ? " (" + result.skipped() + " rows skipped)." : "."));
        }
        return ExitCode.DONE;
    }
}
