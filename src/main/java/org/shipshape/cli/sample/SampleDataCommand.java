package org.shipshape.cli.sample;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shipshape.logic.sample.LargeWarehouse;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape sample-data [--large [--seed N]]}: loads the sample or a large synthetic warehouse. */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = {"Load the sample warehouse (donors, items, shipments with packages) into an empty database.",
            "With --large, build a synthetic warehouse for speed measurements instead: 100,000 donated items,"
                    + " 5 shipments of 1,500 packages; the same seed always gives the same data."})
public final class SampleDataCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--large", description = "Build the large synthetic warehouse instead of the sample one.")
    private boolean large;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the large warehouse (default: 1); needs --large.")
    private Long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (seed != null && !large) {
            throw new ParameterException(spec.commandLine(), "--seed only applies to --large; add --large or leave"
                    + " out --seed.");
        }
        long seedUsed = seed == null ? 1 : seed;
        try (Workspace workspace = root.openWorkspace()) {
            long started = System.nanoTime();
            if (large) {
                LargeWarehouse.generate(workspace, LargeWarehouse.Size.FULL, seedUsed, Progress.NONE);
            } else {
                SampleWarehouse.load(workspace, Progress.NONE);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            var counts = workspace.counts();
            out.printf("%s loaded into %s in %.1f s: %d donors, %d items, %d packages, %d shipments.%n",
                    large ? "Large warehouse (seed " + seedUsed + ")" : "Sample warehouse", workspace.file(),
                    millis / 1000.0, counts.donors(), counts.items(), counts.packages(), counts.shipments());
            out.flush();
        }
        return ExitCode.DONE;
    }
}
