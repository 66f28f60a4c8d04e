package org.shipshape.cli.safety;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.shipshape.logic.safety.RestoreService;
import org.shipshape.logic.task.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape restore FILE}: puts a backup back, keeping the current database. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with a backup. The backup is checked first; the current database is",
            "backed up to backups/ (or, when damaged, moved aside to damaged/) before it is replaced."})
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    private Path backup;

    @Override
    public Integer call() {
        if (root.readOnly()) {
            throw new UserInputException("A restore replaces the database, which --read-only forbids; run it"
                    + " without --read-only.");
        }
        RestoreService.Result result = RestoreService.restore(root.databaseFile(), backup, root.userName(),
                Clock.systemDefaultZone());
        StringBuilder text = new StringBuilder("Restored " + result.database() + " from " + result.restoredFrom()
                + ".");
        if (result.safetyBackup() != null) {
            text.append(" The replaced database was backed up to ").append(result.safetyBackup()).append('.');
        }
        if (result.movedAside() != null) {
            text.append(" The replaced files were moved untouched to ").append(result.movedAside()).append('.');
        }
        spec.commandLine().getOut().println(text);
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
