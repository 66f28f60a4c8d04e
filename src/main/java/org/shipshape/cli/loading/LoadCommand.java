package org.shipshape.cli.loading;

import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.shipshape.logic.loading.LoadResult;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipments.Shipment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape load --shipment REF PACKAGE...}: loads packages in the given order with the rules of the loading
 * screen. Each package is one scan: a refused one is reported and changes nothing, the others still load.
 */
@Command(name = "load", mixinStandardHelpOptions = true)
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LoadArguments arguments;

    @Override
    public Integer call() {
        return run(spec, arguments.shipment, arguments.packages, true);
    }

    static int run(CommandSpec spec, String reference, List<String> numbers, boolean load) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalogue text = CommandSupport.text(spec);
        int refused = 0;
        try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
            Shipment s = new ShipmentService(workspace).require(reference);
            LoadingService loading = new LoadingService(workspace);
            for (String number : numbers) {
                LoadResult result = load ? loading.load(s.id(), number) : loading.unload(s.id(), number);
                if (result.done()) {
                    out.println(load ? text.text("LoadCommand.loaded", result.packageNumber(), result.sequence())
                            : text.text("LoadCommand.unloaded", result.packageNumber()));
                } else {
                    err.println(text.render(result.refusal()));
                    refused++;
                }
            }
        }
        out.flush();
        err.flush();
        return refused == 0 ? ExitCode.DONE : ExitCode.REJECTED;
    }
}
