package org.shipshape.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape check}: lists what would stop a shipment's customs pack. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a shipment before printing its customs pack; exit 1 when a blocking problem remains.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private ShipshapeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--shipment", required = true, paramLabel = "REF", description = "Shipment reference, such as MLI-2026-01.")
    private String shipment;

    @Option(names = "--draft", description = "Check for a draft pack only (the seal number may still be missing).")
    private boolean draft;

    @Option(names = "--language", paramLabel = "L", description = "Document language to check the phrases of (default: the shipment's).")
    private String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            CustomsDocuments.CheckResult result = new CustomsDocuments(workspace).check(shipment, !draft,
                    DocumentsCommand.parseLanguage(language));
            if (result.problems().isEmpty()) {
                out.println("Shipment " + result.shipmentReference() + " is ready for its "
                        + (draft ? "draft" : "final") + " pack.");
            }
            result.problems().forEach(out::println);
            out.flush();
            return result.blocked() ? ExitCode.REJECTED : ExitCode.DONE;
        }
    }
}
