package org.shipshape.cli.imports;

import java.util.concurrent.Callable;
import org.shipshape.logic.imports.DonorImport;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code shipshape import donors FILE}. */
@Command(name = "donors", mixinStandardHelpOptions = true)
final class ImportDonorsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() {
        return options.run(parent.root, DonorImport::new, result -> Message.of("ImportDonorsCommand.imported",
                result.written(), result.fileName(), result.skipped()));
    }
}
