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
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape verify}: a full check of the database, read-only. */
@Command(name = "verify", mixinStandardHelpOptions = true)
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
                List<Message> lines = new ArrayList<>();
                lines.add(Message.of("VerifyCommand.problems", workspace.file().toString(), advice(workspace)));
                problems.forEach(p -> lines.add(Message.of("VerifyCommand.problem", p)));
                throw new UserInputException(lines);
            }
            spec.commandLine().getOut().println(root.text().text("VerifyCommand.sound", workspace.file().toString()));
            spec.commandLine().getOut().flush();
        }
        return ExitCode.DONE;
    }

    private static Message advice(Workspace workspace) {
        String db = workspace.file().equals(Workspace.defaultDatabase()) ? ""
                : " --db \"" + workspace.file() + "\"";
        return BackupService.latestGood(workspace.file())
                .map(b -> Message.of("VerifyCommand.restoreAdvice", db, b.file().toString()))
                .orElse(Message.of("VerifyCommand.noBackup"));
    }
}
