package org.shipshape.cli.safety;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.shipshape.logic.safety.RestoreService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape restore FILE}: puts a backup back, keeping the current database. */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    private Path backup;

    @Override
    public Integer call() {
        if (root.readOnly()) {
            throw new UserInputException(Message.of("RestoreCommand.readOnly"));
        }
        RestoreService.Result result = RestoreService.restore(root.databaseFile(), backup, root.userName(),
                Clock.systemDefaultZone());
        Catalogue text = root.text();
        StringBuilder said = new StringBuilder(text.text("RestoreCommand.restored", result.database().toString(),
                result.restoredFrom().toString()));
        if (result.safetyBackup() != null) {
            said.append(' ').append(text.text("RestoreCommand.safetyBackup", result.safetyBackup().toString()));
        }
        if (result.movedAside() != null) {
            said.append(' ').append(text.text("RestoreCommand.movedAside", result.movedAside().toString()));
        }
        spec.commandLine().getOut().println(said);
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
