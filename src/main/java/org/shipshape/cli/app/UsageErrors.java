package org.shipshape.cli.app;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.text.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped command line: what is wrong in the user's language (picocli's own sentence for the rarer mistakes),
 * then where to look; exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {
    private final ShipshapeCommand root;

    UsageErrors(ShipshapeCommand root) {
        this.root = root;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Catalogue text = root.text();
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(describe(ex, text));
        err.println(text.text("ShipshapeCommand.usage.tryHelp", commandLine.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.USAGE;
    }

    private static String describe(ParameterException ex, Catalogue text) {
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return text.text("ShipshapeCommand.usage.missing", missing.getMissing().size(),
                    missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return text.text("ShipshapeCommand.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        return ex.getMessage();
    }

    /** {@code --shipment=REF} for an option, {@code FILE} for a positional parameter. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : arg.paramLabel();
    }
}
