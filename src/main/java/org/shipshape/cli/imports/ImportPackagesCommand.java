package org.shipshape.cli.imports;

import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shipshape.logic.imports.PackageImport;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape import packages FILE --shipment REF}: packages packed elsewhere, one CSV row per content line.
 * All or nothing; imported packages arrive sealed, ready to load. Works under any parent command.
 */
@Command(name = "packages", mixinStandardHelpOptions = true)
public final class ImportPackagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;
    @Option(names = "--shipment", required = true, paramLabel = "REF")
    String shipment;

    @Override
    public Integer call() {
        try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
            PackageImport.Result result = new PackageImport(workspace).importFile(file, shipment);
            spec.commandLine().getOut().println(CommandSupport.text(spec).text("ImportPackagesCommand.imported",
                    result.packages(), result.lines(), shipment));
            spec.commandLine().getOut().flush();
        }
        return ExitCode.DONE;
    }
}
