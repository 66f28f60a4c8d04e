package org.shipshape.cli.imports;

import org.shipshape.cli.common.RootOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape import}: the parent of the import commands, one per kind of file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        subcommands = {
            ImportDonorsCommand.class,
            ImportItemsCommand.class,
            ImportPackagesCommand.class,
        })
public final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RootOptions root;

    @Spec
    private CommandSpec spec;

    /** Without a kind of file there is nothing to do: say which kinds exist. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), root.text().text("ImportCommand.whatToImport",
                String.join(", ", spec.subcommands().keySet())));
    }
}
