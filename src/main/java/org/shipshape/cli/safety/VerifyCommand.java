package org.shipshape.cli.safety;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.safety.VerifyService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape verify}: a full check of the database, read-only. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the whole database (SQLite integrity_check and foreign_key_check) without changing it."
                + " Exit code 1 when problems are found.")
public final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspaceReadOnly()) {
            List<String> problems = VerifyService.problems(workspace);
            if (!problems.isEmpty()) {
                List<String> lines = new ArrayList<>();
                lines.add("The database " + workspace.file() + " has problems; " + advice(workspace) + " Found:");
                problems.forEach(p -> lines.add("  " + p));
                throw new UserInputException(lines);
            }
            spec.commandLine().getOut().println("The database " + workspace.file()
                    + " is sound (integrity and references checked).");
            spec.commandLine().getOut().flush();
        }
        return ExitCode.DONE;
    }

    private static String advice(Workspace workspace) {
        String db = workspace.file().equals(Workspace.defaultDatabase()) ? ""
                : " --db \"" + workspace.file() + "\"";
        return BackupService.latestGood(workspace.file())
                .map(b -> "restore the latest good backup with: shipshape" + db + " restore \"" + b.file() + "\".")
                .orElse("make a copy of the file set and ask for help; no good backup was found.");
    }
}
