package org.shipshape.cli.customs;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape check}: lists what would stop a shipment's customs pack. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a shipment before printing its customs pack; exit 1 when a blocking problem remains.")
public final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ShipmentLanguageOptions target;

    @Option(names = "--draft", description = "Check for a draft pack only (the seal number may still be missing).")
    private boolean draft;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            CustomsDocuments.CheckResult result = new CustomsDocuments(workspace).check(target.shipment, !draft,
                    target.language());
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
