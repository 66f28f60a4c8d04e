package org.shipshape.cli.imports;

import java.util.concurrent.Callable;
import org.shipshape.logic.imports.DonorImport;
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
        return options.run(parent.root, DonorImport::new, result -> "Imported " + result.written() + " donors from "
                + result.fileName() + (result.skipped() > 0 ? " (" + result.skipped() + " rows skipped)." : "."));
    }
}
