package org.shipshape.cli.loading;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code shipshape unload --shipment REF PACKAGE...}: takes packages out of the container again. */
@Command(name = "unload", mixinStandardHelpOptions = true)
public final class UnloadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LoadArguments arguments;

    @Override
    public Integer call() {
        return LoadCommand.run(spec, arguments.shipment, arguments.packages, false);
    }
}
