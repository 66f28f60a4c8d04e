package org.shipshape.cli.imports;

import java.util.concurrent.Callable;
import org.shipshape.logic.imports.ItemImport;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code shipshape import items FILE [--allow-duplicate]}. */
@Command(name = "items", mixinStandardHelpOptions = true)
final class ImportItemsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() {
        return options.run(parent.root, ItemImport::new, result -> Message.of("ImportItemsCommand.imported",
                result.written(), result.fileName(), result.newDonors()));
    }
}
