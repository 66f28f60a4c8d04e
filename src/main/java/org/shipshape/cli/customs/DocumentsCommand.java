package org.shipshape.cli.customs;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.customs.PackProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape documents}: prints a shipment's customs pack (or reprints a stored revision). */
@Command(name = "documents", mixinStandardHelpOptions = true)
public final class DocumentsCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ShipmentLanguageOptions target;

    @Option(names = "--draft")
    private boolean draft;

    @Option(names = "--reprint", paramLabel = "REVISION")
    private Integer reprint;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalogue text = root.text();
        try (Workspace workspace = root.openWorkspace()) {
            CustomsDocuments documents = new CustomsDocuments(workspace);
            if (reprint != null) {
                documents.reprintPack(target.shipment, reprint, output)
                        .forEach(file -> out.println(text.text("DocumentsCommand.reprinted", file.toString())));
                return ExitCode.DONE;
            }
            CustomsDocuments.PackResult result = documents.writePack(target.shipment, target.language(), draft,
                    output, Progress.NONE);
            out.println(result.revision() == 0
                    ? text.text("DocumentsCommand.draftWritten", result.shipmentReference(),
                            output.toAbsolutePath().toString())
                    : text.text("DocumentsCommand.finalWritten", result.revision(), result.shipmentReference(),
                            output.toAbsolutePath().toString()));
            result.files().forEach(file -> out.println("  " + file.getFileName()));
            for (PackProblem warning : result.warnings()) {
                out.println(text.render(warning.summary()));
            }
        }
        out.flush();
        return ExitCode.DONE;
    }
}
