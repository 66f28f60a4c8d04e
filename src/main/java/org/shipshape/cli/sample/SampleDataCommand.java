package org.shipshape.cli.sample;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shipshape.logic.sample.LargeWarehouse;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape sample-data [--large [--seed N]]}: loads the sample or a large synthetic warehouse. */
@Command(name = "sample-data", mixinStandardHelpOptions = true)
public final class SampleDataCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--large")
    private boolean large;

    @Option(names = "--seed", paramLabel = "N")
    private Long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalogue text = root.text();
        if (seed != null && !large) {
            throw new ParameterException(spec.commandLine(), text.text("SampleDataCommand.seedNeedsLarge"));
        }
        long seedUsed = seed == null ? 1 : seed;
        try (Workspace workspace = root.openWorkspace()) {
            long started = System.nanoTime();
            try {
                if (large) {
                    LargeWarehouse.generate(workspace, LargeWarehouse.Size.FULL, seedUsed, Progress.NONE);
                } else {
                    SampleWarehouse.load(workspace, Progress.NONE);
                }
            } catch (UserInputException notEmpty) {
                List<Message> withHint = new ArrayList<>(notEmpty.messages());
                withHint.add(Message.of("SampleDataCommand.useNewFile", large ? "large.db" : "sample.db"));
                throw new UserInputException(withHint);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            var counts = workspace.counts();
            out.println(text.text(large ? "SampleDataCommand.largeLoaded" : "SampleDataCommand.loaded",
                    workspace.file().toString(), millis / 1000.0, counts.donors(), counts.items(), counts.packages(),
                    counts.shipments(), seedUsed));
            out.flush();
        }
        return ExitCode.DONE;
    }
}
