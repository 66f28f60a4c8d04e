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
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape receipt}: the in-kind receipt for one donor's goods in a period. */
@Command(name = "receipt", mixinStandardHelpOptions = true)
public final class ReceiptCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--donor", required = true, paramLabel = "NAME")
    private String donor;

    @Option(names = "--from", paramLabel = "DATE")
    private String from;

    @Option(names = "--to", paramLabel = "DATE")
    private String to;

    @Option(names = "--hide-values")
    private boolean hideValues;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            long donorId = InKindReceipts.donorId(workspace, donor);
            boolean showValues = !hideValues && InKindReceipts.showValuesByDefault(workspace);
            LocalDate first = date("--from", from);
            LocalDate last = date("--to", to);
            if (first != null && last != null && first.isAfter(last)) {
                throw new UserInputException(Message.of("ReceiptCommand.periodReversed", first, last));
            }
            int items = InKindReceipts.write(workspace, donorId, first, last, showValues, output);
            out.println(root.text().text("ReceiptCommand.written", donor.trim(), items,
                    output.toAbsolutePath().toString()));
        }
        out.flush();
        return ExitCode.DONE;
    }

    private static LocalDate date(String option, String text) {
        try {
            return LenientParsing.date(text).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(Message.of("common.cli.badDate", option, text));
        }
    }
}
