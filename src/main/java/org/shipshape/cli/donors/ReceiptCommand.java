package org.shipshape.cli.donors;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.shipshape.logic.donors.InKindReceipts;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape receipt}: the in-kind receipt for one donor's goods in a period. */
@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Write the receipt for the goods a donor gave in a period (values shown unless"
                + " --hide-values or the setting receipts.show_values is false).")
public final class ReceiptCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--donor", required = true, paramLabel = "NAME", description = "The donor's name as recorded.")
    private String donor;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (2026-01-01 or 01/01/2026).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period.")
    private String to;

    @Option(names = "--hide-values", description = "Leave the values off the receipt.")
    private boolean hideValues;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            long donorId = InKindReceipts.donorId(workspace, donor);
            boolean showValues = !hideValues && InKindReceipts.showValuesByDefault(workspace);
            int items = InKindReceipts.write(workspace, donorId, date("--from", from), date("--to", to), showValues,
                    output);
            out.println("Receipt for " + donor.trim() + " (" + items + " items) written to " + output.toAbsolutePath());
        }
        out.flush();
        return ExitCode.DONE;
    }

    private static LocalDate date(String option, String text) {
        try {
            return LenientParsing.date(text).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + ": " + e.getMessage());
        }
    }
}
