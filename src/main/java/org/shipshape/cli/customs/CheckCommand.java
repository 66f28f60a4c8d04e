package org.shipshape.cli.customs;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape check}: lists what would stop a shipment's customs pack. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ShipmentLanguageOptions target;

    @Option(names = "--draft")
    private boolean draft;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalogue text = root.text();
        try (Workspace workspace = root.openWorkspace()) {
            CustomsDocuments.CheckResult result = new CustomsDocuments(workspace).check(target.shipment, !draft,
                    target.language());
            if (result.problems().isEmpty()) {
                out.println(text.text(draft ? "CheckCommand.readyDraft" : "CheckCommand.readyFinal",
                        result.shipmentReference()));
            }
            result.problems().forEach(problem -> out.println(text.render(problem.summary())));
            out.flush();
            return result.blocked() ? ExitCode.REJECTED : ExitCode.DONE;
        }
    }
}
