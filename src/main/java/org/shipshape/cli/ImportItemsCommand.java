package org.shipshape.cli;

import java.util.concurrent.Callable;
import org.shipshape.logic.intake.ImportResult;
import org.shipshape.logic.intake.ItemImport;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code shipshape import items FILE}. */
@Command(name = "items", mixinStandardHelpOptions = true,
        description = "Import donated items: columns donor, received_on, category, description, quantity, unit,"
                + " condition, unit_value, currency, unit_kg, location. Unknown donors are created from their name.")
final class ImportItemsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.root.openWorkspace()) {
            ItemImport itemImport = new ItemImport(workspace);
            var preview = itemImport.preview(options.file(), Progress.NONE);
            options.refuseUnconfirmedDuplicate(preview);
            ImportResult result = itemImport.write(preview, options.allowDuplicate(), Progress.NONE);
            options.report(preview.notes(), "Imported " + result.written() + " items from " + result.fileName()
                    + (result.newDonors() > 0 ? " (" + result.newDonors() + " new donors)." : "."));
        }
        return ExitCode.DONE;
    }
}
