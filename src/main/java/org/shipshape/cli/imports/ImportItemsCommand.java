package org.shipshape.cli.imports;

import java.util.concurrent.Callable;
import org.shipshape.logic.imports.ItemImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code shipshape import items FILE [--allow-duplicate]}. */
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
        return options.run(parent.root, ItemImport::new, result -> "Imported " + result.written() + " items from "
                + result.fileName() + (result.newDonors() > 0 ? " (" + result.newDonors() + " new donors)." : "."));
    }
}
