package org.shipshape.cli.app;

import org.shipshape.model.common.ExplainedFailure;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.task.UserInputException;
import java.time.ZoneId;
import org.shipshape.logic.workspace.WorkspaceInUseException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one plain line on stderr and the documented exit code; details only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {
    private final ShipshapeCommand root;

    ErrorHandler(ShipshapeCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code;
        if (ex instanceof UserInputException rejected) {
            rejected.messages().forEach(problem -> err.println(root.text().render(problem)));
            code = ExitCode.REJECTED;
        } else if (ex instanceof WorkspaceInUseException inUse) {
            err.println(root.text().text("ShipshapeCommand.inUse", inUse.file().getFileName().toString(),
                    root.text().render(WorkspaceInUseException.describe(inUse.holder(), ZoneId.systemDefault()))));
            code = ExitCode.DATABASE_UNAVAILABLE;
        } else if (ex instanceof WorkspaceOpenException unavailable) {
            String sentence = root.text().render(unavailable.text());
            err.println(unavailable.latestGoodBackup().map(backup -> sentence + " " + root.text().text(
                    "ShipshapeCommand.restoreWith", unavailable.file().equals(Workspace.defaultDatabase()) ? ""
                            : " --db \"" + unavailable.file() + "\"", backup.file().toString())).orElse(sentence));
            code = ExitCode.DATABASE_UNAVAILABLE;
        } else if (explained(ex) != null) {
            ExplainedFailure failure = explained(ex);
            err.println(root.text().render(failure.text()));
            LoggerFactory.getLogger(ErrorHandler.class).error("Command failed", ex);
            // a file the command could not write is the output named on the command line, not the database
            code = failure instanceof AtomicFileWriter.FileNotWrittenException ? ExitCode.REJECTED
                    : ExitCode.DATABASE_UNAVAILABLE;
        } else {
            err.println(root.text().text("ShipshapeCommand.stopped", ex.getMessage() == null
                    ? ex.getClass().getSimpleName() : ex.getMessage()));
            // looked up here, not in a static field: a command that does not fail never starts the logging
            Logger log = LoggerFactory.getLogger(ErrorHandler.class);
            log.error("Command failed", ex);
            code = ExitCode.REJECTED;
        }
        if (root.verbose()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static ExplainedFailure explained(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExplainedFailure failure) {
                return failure;
            }
        }
        return null;
    }
}
